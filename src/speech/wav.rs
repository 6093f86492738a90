//! Speech audio as 16-bit mono PCM: read from an engine's WAV, joined, made louder or softer, written back.

use std::time::Duration;

/// Mono 16-bit samples at one rate: what every engine gives and every sink takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Audio {
    pub rate: u32,
    pub samples: Vec<i16>,
}

/// Why an engine's output is not audio this module can use.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WavError {
    #[error("not a WAV file (no RIFF/WAVE header)")]
    NotWav,
    #[error("the WAV is {channels}-channel {bits}-bit; speech must be mono 16-bit PCM")]
    Format { channels: u16, bits: u16 },
    #[error("the WAV has no data chunk")]
    NoData,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl Audio {
    /// Reads a RIFF WAV. espeak-ng writes to a pipe, so its chunk sizes are 0xFFFFFFFF; the
    /// data then runs to the end of the bytes.
    pub fn from_wav(bytes: &[u8]) -> Result<Audio, WavError> {
        if bytes.get(0..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WAVE") {
            return Err(WavError::NotWav);
        }
        let mut at = 12;
        let mut format = None;
        while let (Some(id), Some(len)) = (bytes.get(at..at + 4), u32_at(bytes, at + 4)) {
            let body = at + 8;
            match id {
                b"fmt " => {
                    let (tag, channels, rate, bits) = (
                        u16_at(bytes, body).ok_or(WavError::NotWav)?,
                        u16_at(bytes, body + 2).ok_or(WavError::NotWav)?,
                        u32_at(bytes, body + 4).ok_or(WavError::NotWav)?,
                        u16_at(bytes, body + 14).ok_or(WavError::NotWav)?,
                    );
                    if tag != 1 || channels != 1 || bits != 16 {
                        return Err(WavError::Format { channels, bits });
                    }
                    format = Some(rate);
                }
                b"data" => {
                    let rate = format.ok_or(WavError::NotWav)?;
                    let end = (body as u64 + u64::from(len)).min(bytes.len() as u64) as usize;
                    let samples = bytes[body.min(end)..end]
                        .chunks_exact(2)
                        .map(|s| i16::from_le_bytes([s[0], s[1]]))
                        .collect();
                    return Ok(Audio { rate, samples });
                }
                _ => {}
            }
            // Chunks are padded to an even length.
            at = body.saturating_add(len as usize + (len as usize & 1));
        }
        Err(WavError::NoData)
    }

    pub fn silence(rate: u32, length: Duration) -> Audio {
        Audio {
            rate,
            samples: vec![0; (f64::from(rate) * length.as_secs_f64()) as usize],
        }
    }

    pub fn duration(&self) -> Duration {
        Duration::from_secs_f64(self.samples.len() as f64 / f64::from(self.rate.max(1)))
    }

    /// The loudest sample: 0 for silence.
    pub fn peak(&self) -> i16 {
        self.samples
            .iter()
            .map(|s| s.saturating_abs())
            .max()
            .unwrap_or(0)
    }

    /// The sound without the silence an engine puts before and after it (Open JTalk's half
    /// second would be heard as the kiosk being slow to answer), keeping `margin` of each.
    pub fn trimmed(&self, margin: Duration) -> Audio {
        const QUIET: i16 = 300;
        let keep = (f64::from(self.rate) * margin.as_secs_f64()) as usize;
        let loud = |s: &i16| s.saturating_abs() > QUIET;
        let (Some(first), Some(last)) = (
            self.samples.iter().position(loud),
            self.samples.iter().rposition(loud),
        ) else {
            return self.clone();
        };
        let start = first.saturating_sub(keep);
        let end = (last + keep + 1).min(self.samples.len());
        Audio {
            rate: self.rate,
            samples: self.samples[start..end].to_vec(),
        }
    }

    /// The same sound at `rate`, by linear interpolation (speech has little above 8 kHz, so
    /// this is enough to join two engines' output into one announcement).
    pub fn at_rate(&self, rate: u32) -> Audio {
        if rate == self.rate || self.samples.is_empty() {
            return Audio {
                rate,
                samples: self.samples.clone(),
            };
        }
        let step = f64::from(self.rate) / f64::from(rate);
        let n = (self.samples.len() as f64 / step) as usize;
        let last = self.samples.len() - 1;
        let samples = (0..n)
            .map(|i| {
                let x = i as f64 * step;
                let j = (x as usize).min(last);
                let frac = x - j as f64;
                let a = f64::from(self.samples[j]);
                let b = f64::from(self.samples[(j + 1).min(last)]);
                (a + (b - a) * frac) as i16
            })
            .collect();
        Audio { rate, samples }
    }

    /// Appends `other`, converted to this rate.
    pub fn append(&mut self, other: &Audio) {
        let other = other.at_rate(self.rate);
        self.samples.extend_from_slice(&other.samples);
    }

    /// The sound at `volume` percent (100: as the engine made it).
    pub fn at_volume(&self, volume: u8) -> Audio {
        let gain = f32::from(volume.min(100)) / 100.0;
        Audio {
            rate: self.rate,
            samples: self
                .samples
                .iter()
                .map(|s| (f32::from(*s) * gain) as i16)
                .collect(),
        }
    }

    /// A RIFF WAV of the samples.
    pub fn to_wav(&self) -> Vec<u8> {
        let data_len = (self.samples.len() * 2) as u32;
        let mut wav = Vec::with_capacity(44 + data_len as usize);
        wav.extend(b"RIFF");
        wav.extend((36 + data_len).to_le_bytes());
        wav.extend(b"WAVEfmt ");
        wav.extend(16u32.to_le_bytes());
        wav.extend(1u16.to_le_bytes()); // PCM
        wav.extend(1u16.to_le_bytes()); // mono
        wav.extend(self.rate.to_le_bytes());
        wav.extend((self.rate * 2).to_le_bytes());
        wav.extend(2u16.to_le_bytes());
        wav.extend(16u16.to_le_bytes());
        wav.extend(b"data");
        wav.extend(data_len.to_le_bytes());
        for s in &self.samples {
            wav.extend(s.to_le_bytes());
        }
        wav
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(rate: u32, n: usize) -> Audio {
        Audio {
            rate,
            samples: (0..n)
                .map(|i| ((i as f32 / 10.0).sin() * 12_000.0) as i16)
                .collect(),
        }
    }

    #[test]
    fn a_written_wav_reads_back_the_same() {
        let a = tone(22_050, 1000);
        assert_eq!(Audio::from_wav(&a.to_wav()), Ok(a));
    }

    #[test]
    fn a_piped_wav_with_unknown_sizes_reads_to_its_end() {
        let a = tone(16_000, 500);
        let mut wav = a.to_wav();
        wav[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        wav[40..44].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(Audio::from_wav(&wav).unwrap().samples.len(), 500);
    }

    #[test]
    fn stereo_and_text_are_refused_with_what_they_are() {
        assert_eq!(Audio::from_wav(b"hello"), Err(WavError::NotWav));
        let mut wav = tone(16_000, 10).to_wav();
        wav[22] = 2;
        assert_eq!(
            Audio::from_wav(&wav),
            Err(WavError::Format {
                channels: 2,
                bits: 16
            })
        );
    }

    #[test]
    fn joining_two_rates_keeps_each_part_s_length() {
        let mut a = tone(48_000, 48_000);
        a.append(&tone(22_050, 22_050));
        assert_eq!(a.rate, 48_000);
        let secs = a.duration().as_secs_f64();
        assert!((secs - 2.0).abs() < 0.01, "{secs}");
    }

    #[test]
    fn the_silence_around_a_phrase_is_cut_to_its_margin() {
        let mut a = Audio::silence(16_000, Duration::from_millis(500));
        a.append(&tone(16_000, 1600));
        a.append(&Audio::silence(16_000, Duration::from_millis(500)));
        let t = a.trimmed(Duration::from_millis(50));
        let secs = t.duration().as_secs_f64();
        assert!((0.18..0.21).contains(&secs), "{secs}");
        let quiet = Audio::silence(16_000, Duration::from_millis(100));
        assert_eq!(quiet.trimmed(Duration::from_millis(50)), quiet);
    }

    #[test]
    fn volume_scales_the_peak() {
        let a = tone(16_000, 1000);
        let half = a.at_volume(50).peak();
        assert!((i32::from(half) - i32::from(a.peak()) / 2).abs() <= 1);
        assert_eq!(a.at_volume(0).peak(), 0);
    }
}
