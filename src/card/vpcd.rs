//! The card side of vsmartcard's vpcd protocol: puts a virtual card into a real pcscd's virtual reader.
//!
//! Every message is a 2-byte big-endian length and a payload. A 1-byte payload is a control
//! (00 power off, 01 power on, 02 reset, 04 "send your ATR"); a longer one is a command APDU,
//! answered with the response APDU. Connecting inserts the card; closing removes it.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use socket2::SockRef;

use super::virtual_card::{Answer, VirtualCard};

/// vpcd's first reader ("Virtual PCD 00 00") listens here; the second one on the next port.
pub const DEFAULT_PORT: u16 = 35963;

/// How a virtual card's time in the reader ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// pcscd closed the connection (it stopped, or the reader went away).
    ReaderClosed,
    /// The card's `vanish_after` quirk took it out.
    Vanished,
}

/// Connects to vpcd, retrying until `patience` runs out (pcscd may still be starting).
pub fn connect(addr: SocketAddr, patience: Duration) -> io::Result<TcpStream> {
    let deadline = Instant::now() + patience;
    loop {
        match TcpStream::connect(addr) {
            Ok(stream) => {
                // vpcd writes length and payload separately: without these, Nagle on its side
                // and delayed ACKs on ours cost 40 ms per APDU (card.md).
                stream.set_nodelay(true)?;
                return Ok(stream);
            }
            Err(e) if Instant::now() >= deadline => return Err(e),
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

fn read_message(stream: &mut TcpStream) -> io::Result<Option<Vec<u8>>> {
    let _ = SockRef::from(&*stream).set_tcp_quickack(true);
    let mut len = [0u8; 2];
    match stream.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut payload = vec![0u8; usize::from(u16::from_be_bytes(len))];
    stream.read_exact(&mut payload)?;
    Ok(Some(payload))
}

fn write_message(stream: &mut TcpStream, payload: &[u8]) -> io::Result<()> {
    let len = u16::try_from(payload.len()).map_err(|_| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            "answer longer than 65535 bytes",
        )
    })?;
    let mut message = len.to_be_bytes().to_vec();
    message.extend_from_slice(payload);
    stream.write_all(&message)
}

/// Serves `card` on an open vpcd connection until the reader closes it or the card vanishes;
/// `observe` sees every command APDU as it arrives.
pub fn serve(
    mut stream: TcpStream,
    card: &mut VirtualCard,
    mut observe: impl FnMut(&[u8]),
) -> io::Result<Ended> {
    while let Some(message) = read_message(&mut stream)? {
        match message.as_slice() {
            [0x00] | [0x02] => card.reset(),
            [0x01] => {}
            [0x04] => {
                let atr = card.atr().to_vec();
                write_message(&mut stream, &atr)?;
            }
            [] | [_] => {}
            apdu => {
                observe(apdu);
                let delay = card.quirks().delay;
                if !delay.is_zero() {
                    std::thread::sleep(delay);
                }
                match card.execute(apdu) {
                    Answer::Response(r) => write_message(&mut stream, &r)?,
                    Answer::Gone => return Ok(Ended::Vanished),
                }
            }
        }
    }
    Ok(Ended::ReaderClosed)
}
