//! QR codes for the result page (the share link, to scan from a kiosk or a
//! printed checklist): byte mode, error correction level M, versions 1–15
//! (ISO/IEC 18004). Small on purpose: it ships in the browser bundle.

/// A QR Code symbol; `modules[y * size + x]` is true for dark.
pub struct QrCode {
    size: usize,
    modules: Vec<bool>,
}

// Level M, versions 1..=15: ECC codewords per block, and number of blocks.
const ECC_LEN: [u8; 15] = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24];
const BLOCKS: [u8; 15] = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10];

impl QrCode {
    /// Encodes `data` in byte mode at level M with the smallest fitting
    /// version (1..=15) and the lowest-penalty mask. `None` if too long (> 412 bytes).
    pub fn encode(data: &[u8]) -> Option<QrCode> {
        let ver = (1..=15).find(|&v| data.len() + 2 + (v >= 10) as usize <= capacity(v))?;
        let codewords = interleave(&data_codewords(data, ver), ver);
        let n = 17 + 4 * ver;
        let mut m = function_patterns(ver);
        write_format(&mut m, n, 0); // reserve
        place_data(&mut m, n, &codewords);
        let mask = best_mask(&mut m, n);
        apply_mask(&mut m, n, mask);
        write_format(&mut m, n, mask as u32);
        Some(QrCode {
            size: n,
            modules: m.iter().map(|&v| v & 1 != 0).collect(),
        })
    }

    /// Width/height in modules (21..=77).
    pub fn size(&self) -> usize {
        self.size
    }

    /// True if module (x, y) is dark; false outside the symbol.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// SVG path data, one `M{x},{y}h{n}v1h-{n}z` per horizontal dark run,
    /// offset by `border` modules; use a viewBox of `size + 2 * border`.
    pub fn to_svg_path(&self, border: usize) -> String {
        fn num(s: &mut String, v: usize) {
            if v >= 10 {
                num(s, v / 10);
            }
            s.push((b'0' + (v % 10) as u8) as char);
        }
        let mut s = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                let x0 = x;
                while self.dark(x, y) {
                    x += 1;
                }
                if x == x0 {
                    x += 1;
                    continue;
                }
                s.push('M');
                num(&mut s, x0 + border);
                s.push(',');
                num(&mut s, y + border);
                s.push('h');
                num(&mut s, x - x0);
                s.push_str("v1h-");
                num(&mut s, x - x0);
                s.push('z');
            }
        }
        s
    }
}

/// Data codewords (with ECC blocks excluded) of version `ver`.
fn capacity(ver: usize) -> usize {
    raw_modules(ver) / 8 - ECC_LEN[ver - 1] as usize * BLOCKS[ver - 1] as usize
}

/// Mode, count, payload and terminator, padded to the version's capacity.
/// 4-bit mode + 8/16-bit count + data + 4-bit terminator is byte aligned,
/// so every payload byte is shifted right by one nibble.
fn data_codewords(data: &[u8], ver: usize) -> Vec<u8> {
    let (len, cap) = (data.len(), capacity(ver));
    let mut cw = Vec::with_capacity(cap);
    if ver >= 10 {
        cw.push((len >> 8) as u8);
    }
    cw.push(len as u8);
    cw.extend_from_slice(data);
    cw.push(0);
    let mut prev = 4u8; // byte mode indicator
    for b in cw.iter_mut() {
        (*b, prev) = (prev << 4 | *b >> 4, *b & 15);
    }
    let mut pad = 0xEC;
    while cw.len() < cap {
        cw.push(pad);
        pad ^= 0xEC ^ 0x11;
    }
    cw
}

/// Splits the data into blocks, computes each block's ECC and interleaves.
fn interleave(cw: &[u8], ver: usize) -> Vec<u8> {
    let (ecc, nb) = (ECC_LEN[ver - 1] as usize, BLOCKS[ver - 1] as usize);
    let raw = raw_modules(ver) / 8;
    let n_short = nb - raw % nb;
    let dlen = raw / nb - ecc; // data codewords in a short block
    let start = |b: usize| b * dlen + b.saturating_sub(n_short);
    let div = rs_divisor(ecc);
    let mut out = Vec::with_capacity(raw);
    for i in 0..=dlen {
        for b in 0..nb {
            if i < dlen || b >= n_short {
                out.push(cw[start(b) + i]);
            }
        }
    }
    let ec: Vec<u8> = (0..nb)
        .flat_map(|b| rs_rem(&cw[start(b)..start(b + 1)], &div))
        .collect();
    for i in 0..ecc {
        for b in 0..nb {
            out.push(ec[b * ecc + i]);
        }
    }
    out
}

/// Sets module (x, y): bit 0 = dark, bit 1 = function module.
fn set(m: &mut [u8], n: usize, x: usize, y: usize, dark: bool) {
    m[y * n + x] = 2 | dark as u8;
}

/// Timing, finder, alignment and version patterns of version `ver`.
fn function_patterns(ver: usize) -> Vec<u8> {
    let n = 17 + 4 * ver;
    let mut m = vec![0u8; n * n];
    for i in 0..n {
        set(&mut m, n, 6, i, i % 2 == 0);
        set(&mut m, n, i, 6, i % 2 == 0);
    }
    for (cx, cy) in [(3, 3), (n - 4, 3), (3, n - 4)] {
        for dy in 0..9 {
            for dx in 0..9 {
                let (x, y) = ((cx + dx).wrapping_sub(4), (cy + dy).wrapping_sub(4));
                let d = dx.abs_diff(4).max(dy.abs_diff(4));
                if x < n && y < n {
                    set(&mut m, n, x, y, d != 2 && d != 4);
                }
            }
        }
    }
    alignment_patterns(&mut m, n, ver);
    if ver >= 7 {
        let bits = bch(ver as u32, 0x1F25, 12);
        for i in 0..18 {
            let (a, b, d) = (n - 11 + i % 3, i / 3, bits >> i & 1 != 0);
            set(&mut m, n, a, b, d);
            set(&mut m, n, b, a, d);
        }
    }
    m
}

fn alignment_patterns(m: &mut [u8], n: usize, ver: usize) {
    let mut pos = vec![];
    if ver > 1 {
        let na = ver / 7 + 2;
        let step = (ver * 8 + na * 3 + 5) / (na * 4 - 4) * 2;
        pos.push(6);
        pos.extend((0..na - 1).map(|i| n - 7 - i * step));
    }
    for &a in &pos {
        for &b in &pos {
            if (a == 6 || b == 6) && (a + b == 12 || a + b == n - 1) {
                continue; // overlaps a finder
            }
            for dy in 0..5usize {
                for dx in 0..5usize {
                    let d = dx.abs_diff(2).max(dy.abs_diff(2));
                    set(m, n, a + dx - 2, b + dy - 2, d != 1);
                }
            }
        }
    }
}

/// The format information (level M and `mask`), in both copies.
fn write_format(m: &mut [u8], n: usize, mask: u32) {
    let bits = bch(mask, 0x537, 10) ^ 0x5412; // level M = 00
    for i in 0..15 {
        let d = bits >> i & 1 != 0;
        let (x, y) = if i < 8 {
            (8, i + (i >= 6) as usize)
        } else {
            (15 - i - (i >= 9) as usize, 8)
        };
        set(m, n, x, y, d);
        let (x, y) = if i < 8 {
            (n - 1 - i, 8)
        } else {
            (8, n - 15 + i)
        };
        set(m, n, x, y, d);
    }
    set(m, n, 8, n - 8, true);
}

/// Data bits in the zigzag order; remainder bits stay light.
fn place_data(m: &mut [u8], n: usize, codewords: &[u8]) {
    let mut i = 0;
    let mut right = n + 1;
    while right > 2 {
        right -= 2;
        if right == 6 {
            right = 5;
        }
        let up = (right + 1) & 2 == 0;
        for v in 0..n {
            for j in 0..2 {
                let k = (if up { n - 1 - v } else { v }) * n + right - j;
                if m[k] & 2 == 0 && i < codewords.len() * 8 {
                    m[k] = codewords[i >> 3] >> (7 - (i & 7)) & 1;
                    i += 1;
                }
            }
        }
    }
}

/// The mask with the lowest penalty (the first on ties); `m` is left unmasked.
fn best_mask(m: &mut [u8], n: usize) -> usize {
    let mut best = (usize::MAX, 0);
    for mask in 0..8 {
        apply_mask(m, n, mask);
        write_format(m, n, mask as u32);
        let p = penalty(m, n);
        if p < best.0 {
            best = (p, mask);
        }
        apply_mask(m, n, mask); // undo (xor)
    }
    best.1
}

/// `data` as an inline SVG symbol (class `qr__code`, a 4-module quiet zone),
/// labelled by the element with id `label_id`; `None` if too long to encode.
/// Only digits and fixed markup: safe to insert as HTML.
pub fn svg(data: &str, label_id: &'static str) -> Option<String> {
    let qr = QrCode::encode(data.as_bytes())?;
    let n = qr.size() + 8;
    Some(format!(
        "<svg class=\"qr__code\" viewBox=\"0 0 {n} {n}\" role=\"img\" aria-labelledby=\"{label_id}\" shape-rendering=\"crispEdges\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path d=\"{}\" fill=\"#000\"/></svg>",
        qr.to_svg_path(4)
    ))
}

// XORs mask pattern `mk` onto all non-function modules (flip where the formula is 0).
fn apply_mask(m: &mut [u8], n: usize, mk: usize) {
    for y in 0..n {
        for x in 0..n {
            let (p, q) = (x * y, x + y);
            let c = match mk {
                0 => q % 2,
                1 => y % 2,
                2 => x % 3,
                3 => q % 3,
                4 => (x / 3 + y / 2) % 2,
                5 => p % 2 + p % 3,
                6 => (p % 2 + p % 3) % 2,
                _ => (q % 2 + p % 3) % 2,
            };
            if c == 0 && m[y * n + x] & 2 == 0 {
                m[y * n + x] ^= 1;
            }
        }
    }
}

// Number of data + ECC bits (including remainder bits) for a version.
fn raw_modules(ver: usize) -> usize {
    let mut r = (16 * ver + 128) * ver + 64;
    if ver >= 2 {
        let na = ver / 7 + 2;
        r -= (25 * na - 10) * na - 55;
        if ver >= 7 {
            r -= 36;
        }
    }
    r
}

// `data` followed by its BCH remainder for generator `poly` of degree `deg`.
fn bch(data: u32, poly: u32, deg: u32) -> u32 {
    let mut r = data;
    for _ in 0..deg {
        r = (r << 1) ^ (((r >> (deg - 1)) & 1) * poly);
    }
    data << deg | r
}

// Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1.
fn gmul(mut a: u8, mut b: u8) -> u8 {
    let mut r = 0;
    while b != 0 {
        if b & 1 != 0 {
            r ^= a;
        }
        a = (a << 1) ^ ((a >> 7) * 0x1D);
        b >>= 1;
    }
    r
}

// Generator polynomial prod (x - 2^i), i < deg; monic term omitted, highest power first.
fn rs_divisor(deg: usize) -> Vec<u8> {
    let mut g = vec![0u8; deg];
    g[deg - 1] = 1;
    let mut root = 1;
    for _ in 0..deg {
        for j in 0..deg {
            g[j] = gmul(g[j], root) ^ g.get(j + 1).copied().unwrap_or(0);
        }
        root = gmul(root, 2);
    }
    g
}

// Remainder of data(x) * x^deg divided by the generator.
fn rs_rem(data: &[u8], div: &[u8]) -> Vec<u8> {
    let mut r = vec![0u8; div.len()];
    for &d in data {
        let f = d ^ r[0];
        for i in 0..r.len() {
            r[i] = r.get(i + 1).copied().unwrap_or(0) ^ gmul(div[i], f);
        }
    }
    r
}

// Standard penalty: N1 runs of 5+, N2 2x2 blocks, N3 dark:light:dark:light:dark
// runs in ratio 1:1:3:1:1 with 4 units of light on a side (the area outside the
// symbol counts as light), N4 dark/light balance.
fn penalty(m: &[u8], n: usize) -> usize {
    let mut p = 0;
    for t in 0..2 {
        let (sa, sb) = if t == 0 { (n, 1) } else { (1, n) };
        for a in 0..n {
            // Scan n light border modules, the line, n more light, then flush.
            let (mut h, mut col, mut len, mut run) = ([0usize; 7], 0, 0, 0);
            for b in 0..=3 * n {
                let i = b.wrapping_sub(n);
                let c = if i < n {
                    let c = m[a * sa + i * sb] & 1;
                    if i > 0 && c == col {
                        run += 1;
                        p += if run == 5 { 3 } else { (run > 5) as usize };
                    } else {
                        run = 1;
                    }
                    c
                } else {
                    0
                };
                if c == col && b < 3 * n {
                    len += 1;
                    continue;
                }
                h.copy_within(0..6, 1); // run history, most recent first
                h[0] = len;
                let k = h[1];
                if col == 0 && k > 0 && h[2] == k && h[3] == 3 * k && h[4] == k && h[5] == k {
                    p += 40
                        * ((h[0] >= 4 * k && h[6] >= k) as usize
                            + (h[6] >= 4 * k && h[0] >= k) as usize);
                }
                col = c;
                len = 1;
            }
        }
    }
    let mut dark = 0;
    for y in 0..n {
        for x in 0..n {
            let k = y * n + x;
            let c = m[k] & 1;
            dark += c as usize;
            if x > 0 && y > 0 && (m[k - 1] ^ c | m[k - n] ^ c | m[k - n - 1] ^ c) & 1 == 0 {
                p += 3;
            }
        }
    }
    let t = n * n;
    p + (dark * 20).abs_diff(t * 10).div_ceil(t) * 10 - 10
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fnv(q: &QrCode) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &d in &q.modules {
            h = (h ^ d as u64).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    #[test]
    fn known_answer_v1() {
        // Produced by Project Nayuki's qrcodegen (level M, mask 3).
        let want = [
            "#######.#####.#######",
            "#.....#.###...#.....#",
            "#.###.#...##..#.###.#",
            "#.###.#.##.#..#.###.#",
            "#.###.#...#...#.###.#",
            "#.....#.......#.....#",
            "#######.#.#.#.#######",
            "........###..........",
            "#.##.###.##...#..#.##",
            "#.##...##...#########",
            ".##.#####.#.##...#.##",
            "#.##.#.#.#..#..#.#.#.",
            "###.#.##..##..#.##..#",
            "........####..#.#....",
            "#######.#.#.....#....",
            "#.....#.###....####..",
            "#.###.#..#..#...#.##.",
            "#.###.#.#...#.##...#.",
            "#.###.#.#####.##..#..",
            "#.....#..#..#####...#",
            "#######.##...##.###..",
        ];
        let q = QrCode::encode(b"https://a.cn").unwrap();
        assert_eq!(q.size(), 21);
        for (y, row) in want.iter().enumerate() {
            for (x, c) in row.bytes().enumerate() {
                assert_eq!(q.dark(x, y), c == b'#', "module ({x},{y})");
            }
        }
    }

    #[test]
    fn known_answer_hashes() {
        // FNV-1a of qrcodegen's matrices (row-major, 1 = dark).
        let url = b"https://example.gov.cn/dianli/#/result?jurisdiction=yangjiang&area=rural&customer=small_micro&capacity=100kVA&voltage=lv&start=2026-09-30&lang=zh-Hant";
        let q = QrCode::encode(url).unwrap();
        assert_eq!((q.size(), fnv(&q)), (49, 0x10d8_4c42_0a56_b775));
        let big: Vec<u8> = (0..412u32).map(|i| (i * 7 + 3) as u8).collect();
        let q = QrCode::encode(&big).unwrap();
        assert_eq!((q.size(), fnv(&q)), (77, 0x7cda_cd68_ec6f_9818));
    }

    #[test]
    fn reed_solomon() {
        // "HELLO WORLD" 1-M (alphanumeric) data codewords and their ECC.
        let data = [
            32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17,
        ];
        let ecc = [196, 35, 39, 119, 235, 215, 231, 226, 93, 23];
        assert_eq!(rs_rem(&data, &rs_divisor(10)), ecc);
    }

    #[test]
    fn bch_codes() {
        assert_eq!(bch(0, 0x537, 10) ^ 0x5412, 0b101010000010010); // M, mask 0
        assert_eq!(bch(7, 0x537, 10) ^ 0x5412, 0b100101010100000); // M, mask 7
        assert_eq!(bch(7, 0x1F25, 12), 0b000111110010010100); // version 7
    }

    #[test]
    fn capacity_and_growth() {
        // Byte-mode capacities at level M for versions 1..=15.
        let caps = [
            14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412,
        ];
        for (v, &c) in caps.iter().enumerate() {
            assert_eq!(QrCode::encode(&vec![b'a'; c]).unwrap().size(), 21 + 4 * v);
            if v < 14 {
                assert_eq!(
                    QrCode::encode(&vec![b'a'; c + 1]).unwrap().size(),
                    25 + 4 * v
                );
            }
        }
        let mut last = 0;
        for len in 0..=412 {
            let s = QrCode::encode(&vec![b'x'; len]).unwrap().size();
            assert!(s >= last);
            last = s;
        }
        assert!(QrCode::encode(&[0; 413]).is_none());
        assert!(QrCode::encode(&[0; 2000]).is_none());
    }

    #[test]
    fn svg_path() {
        let q = QrCode::encode(b"https://a.cn").unwrap();
        let p = q.to_svg_path(4);
        assert!(p.starts_with("M4,4h7v1h-7zM12,4h5v1h-5zM18,4h7v1h-7zM4,5h1v1h-1z"));
        // Every dark module is covered exactly once.
        let runs: usize = p
            .split('h')
            .skip(1)
            .step_by(2)
            .map(|n| n.split('v').next().unwrap().parse::<usize>().unwrap())
            .sum();
        let dark = (0..21)
            .flat_map(|y| (0..21).map(move |x| (x, y)))
            .filter(|&(x, y)| q.dark(x, y))
            .count();
        assert_eq!(runs, dark);
        assert!(!q.dark(21, 0) && !q.dark(0, 21));
    }
}
