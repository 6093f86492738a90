## 语音、数字键盘、字号和颜色
listen = 语音导览
larger-text = 放大文字
high-contrast = 高对比度
speech-key = “{ $label }”请按{ $key }。
speech-enter = 按回车键也可以选择“{ $label }”。
speech-back = 返回上一页请按退格键。
speech-repeat = 按0可以再听一遍，按加号和减号可以调节音量。
speech-ticket = 您的号码是{ $prefix }{ $seq }号。
voice-in-english = 本机没有菲律宾语语音，将用英语为您说明。
