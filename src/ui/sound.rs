//! The reminder chime: a short two-tone sound made in code, played on the voice's device.

const RATE: u32 = 16_000;

/// Two soft tones (E6 then C6), 0.25 s each, 16-bit mono.
pub fn chime() -> crate::speech::Audio {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chime_is_a_half_second_16_bit_mono_wav() {
        let wav = chime().to_wav();
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
