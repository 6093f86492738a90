//! The reminder chime: a short two-tone WAV made in code and played with ALSA's `aplay` when the PC has it.

use std::io::Write;
use std::process::{Command, Stdio};

const RATE: u32 = 16_000;

/// Two soft tones (E6 then C6), 0.25 s each, 16-bit mono PCM in a WAV container.
pub fn chime_wav() -> Vec<u8> {
    let mut samples: Vec<i16> = Vec::new();
    for freq in [1318.5_f32, 1046.5] {
        let n = RATE as usize / 4;
        for i in 0..n {
            let t = i as f32 / RATE as f32;
            // A quick fade in and out keeps the tones from clicking.
            let envelope = (i.min(n - i) as f32 / 400.0).min(1.0);
            let v = (t * freq * std::f32::consts::TAU).sin() * envelope * 0.4;
            samples.push((v * f32::from(i16::MAX)) as i16);
        }
    }
    crate::speech::Audio {
        rate: RATE,
        samples,
    }
    .to_wav()
}

/// Plays the chime without waiting for it; a PC without `aplay` or a sound card stays silent.
pub fn play_chime() {
    let Ok(mut child) = Command::new("aplay")
        .args(["-q", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return;
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(&chime_wav());
    }
    std::thread::spawn(move || {
        let _ = child.wait();
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chime_is_a_half_second_16_bit_mono_wav() {
        let wav = chime_wav();
        assert_eq!(&wav[..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        let data_len = u32::from_le_bytes(wav[40..44].try_into().unwrap());
        assert_eq!(data_len as usize, wav.len() - 44);
        // 0.5 s at 16 kHz, 2 bytes a sample.
        assert_eq!(data_len, RATE);
        assert!(
            wav[44..]
                .chunks(2)
                .any(|s| i16::from_le_bytes([s[0], s[1]]).abs() > 10_000)
        );
    }
}
