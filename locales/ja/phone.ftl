## 住民のスマートフォンのページ
phone-title = 整理券
phone-updates = 画面は自動で更新されます。
phone-lost = 通信が途切れました。再接続しています。しばらくお待ちください。
phone-ended = この整理券のお呼び出しは終了しました。
phone-your-turn = お待たせいたしました。{ $counter }へお越しください。
phone-serving = ただいま窓口でお手続き中です。
phone-missed = 番号をお呼びしましたが、お越しになりませんでした。
phone-missed-what = 窓口の職員に整理券をお見せください。
phone-ahead = { $count ->
    [0] 次にお呼びします。窓口の近くでお待ちください。
   *[other] 前に{ $count }人お待ちです。
}
phone-wait = 待ち時間の目安: { $band }
