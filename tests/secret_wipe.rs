//! The secret does not outlive its owner in memory: a test allocator scans
//! every block as it is freed and counts the blocks that still hold a piece
//! of the secret. Building, parsing, cloning, serializing through the C ABI
//! and dropping a response must leave no hit; the positive controls show
//! that a plain `String`, or a reallocation, holding the secret is caught.
//!
//! Also: `Debug` output, error `Display` and C error messages never show
//! the secret, even when the error is about the secret field itself.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ffi::{c_char, CStr};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use isc_pat::ffi::error::{isc_pat_error, isc_pat_error_free, isc_pat_error_message};
use isc_pat::ffi::owner::{isc_pat_owner, isc_pat_owner_free, isc_pat_owner_new};
use isc_pat::ffi::response::{
    isc_pat_response, isc_pat_response_clone, isc_pat_response_free, isc_pat_response_new,
    isc_pat_response_parse, isc_pat_response_secret, isc_pat_response_to_json,
    isc_pat_response_write_json,
};
use isc_pat::ffi::status::isc_pat_status;
use isc_pat::ffi::strings::{isc_pat_str, isc_pat_string_free};
use isc_pat::{
    CreatePersonalAccessTokenResponse, OwnerType, ParseMode, PatOwner, ResponseFields, Secret,
    WipingAllocator,
};
use zeroize::Zeroize;

/// The secret used by every test here. Only this static copy (never freed)
/// exists until a test makes one.
const SECRET: &str = "W1pe-Me-7c3f0a9d5e1b8246-f0e9d8c7b6a59483-726150ffeeddccbb-a1b2c3d4";

/// A block is a hit when it holds any of these aligned pieces of the secret,
/// so partial copies (a truncated reallocation) are caught as well.
const PIECE: usize = 16;

static ARMED: AtomicBool = AtomicBool::new(false);
static HITS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Set on the thread of the test that armed the scanner: only its frees
    /// count, so other tests' threads cannot add hits.
    static SCANNED_THREAD: Cell<bool> = const { Cell::new(false) };
}

/// Wraps the system allocator; when armed, scans each block being freed.
/// `realloc` is left to the default (allocate, copy, free through
/// `dealloc`), so the old block of every reallocation is scanned too.
/// Every freed block is then zeroed, armed or not, so a block that is
/// reused later cannot carry a stale copy left by an earlier owner (such as
/// the positive controls): a hit always comes from the block's own data.
struct ScanningAllocator;

unsafe impl GlobalAlloc for ScanningAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if ARMED.load(Ordering::SeqCst)
            && SCANNED_THREAD.with(Cell::get)
            && holds_a_piece(ptr, layout.size())
        {
            HITS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: the block is live and `layout.size()` bytes long.
        unsafe { core::ptr::write_bytes(ptr, 0, layout.size()) };
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// The library's wiping allocator (what the C library installs) over the
/// scanner: the scanner then sees each block as the wiping allocator hands
/// it back.
static WIPING: WipingAllocator<ScanningAllocator> = WipingAllocator(ScanningAllocator);

/// Whether freed blocks go through [`WIPING`] first: off by default, so
/// the library's own wiping (secret, JSON output) is what is checked.
static LIBRARY_ALLOCATOR: AtomicBool = AtomicBool::new(false);

/// The process's allocator: the scanner, with or without the library's
/// wiping allocator in front of it.
struct TestAllocator;

unsafe impl GlobalAlloc for TestAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged; both free through `System`.
        unsafe {
            if LIBRARY_ALLOCATOR.load(Ordering::SeqCst) {
                WIPING.dealloc(ptr, layout)
            } else {
                ScanningAllocator.dealloc(ptr, layout)
            }
        }
    }
}

#[global_allocator]
static ALLOCATOR: TestAllocator = TestAllocator;

/// Whether the `size` bytes at `ptr` contain a piece of the secret. The
/// bytes are read with volatile loads: the block may be partly
/// uninitialised (spare capacity), which is exactly what is inspected.
fn holds_a_piece(ptr: *mut u8, size: usize) -> bool {
    let secret = SECRET.as_bytes();
    if size < PIECE {
        return false;
    }
    // SAFETY: `ptr` is a live block of `size` bytes that is being freed.
    let byte = |i: usize| unsafe { core::ptr::read_volatile(ptr.add(i)) };
    (0..=size - PIECE).any(|start| {
        secret
            .chunks_exact(PIECE)
            .any(|piece| piece.iter().enumerate().all(|(k, &b)| byte(start + k) == b))
    })
}

/// Serialises the tests of this file (the allocator is process-wide) and
/// arms the scanner; dropping it disarms.
struct Scan {
    _lock: MutexGuard<'static, ()>,
}

static LOCK: Mutex<()> = Mutex::new(());

/// Every test of this file holds the lock, armed or not: a test that drops
/// copies of the secret must not run while another one is scanning.
fn serial() -> MutexGuard<'static, ()> {
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

impl Scan {
    fn start() -> Scan {
        Scan::arm(serial())
    }

    /// Arms the scanner for a test that prepared its inputs under `lock`.
    fn arm(lock: MutexGuard<'static, ()>) -> Scan {
        HITS.store(0, Ordering::SeqCst);
        SCANNED_THREAD.with(|c| c.set(true));
        ARMED.store(true, Ordering::SeqCst);
        Scan { _lock: lock }
    }

    /// Disarms and returns the number of freed blocks that held the secret.
    fn hits(&self) -> usize {
        self.disarm();
        HITS.load(Ordering::SeqCst)
    }
}

impl Scan {
    fn disarm(&self) {
        ARMED.store(false, Ordering::SeqCst);
        SCANNED_THREAD.with(|c| c.set(false));
    }
}

impl Drop for Scan {
    fn drop(&mut self) {
        self.disarm();
    }
}

fn owner() -> PatOwner {
    PatOwner::new(
        OwnerType::Identity,
        "2c9180a46faadee4016fb4e018c20639".into(),
        "Support".into(),
    )
    .unwrap()
}

fn fields(secret: Secret) -> ResponseFields {
    ResponseFields {
        id: "86f1dc6fe8f54414950454cbb11278fa".into(),
        secret,
        scope: Some(vec!["demo:first".into()]),
        name: "NodeJS Integration".into(),
        owner: owner(),
        created: isc_pat::parse_rfc3339("2017-07-11T18:45:37.098Z").unwrap(),
        access_token_validity_seconds: Some(36900),
        expiration_date: None,
    }
}

/// The JSON of a response whose secret is written as `secret_json` (the
/// text between the quotes), with exact capacity so that building it
/// leaves no partial copy behind.
fn json_with_secret(secret_json: &str, rest: &str) -> Vec<u8> {
    let head = r#"{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":""#;
    let tail = r#"","scope":["demo:first"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900"#;
    let mut out = Vec::with_capacity(head.len() + secret_json.len() + tail.len() + rest.len() + 1);
    out.extend_from_slice(head.as_bytes());
    out.extend_from_slice(secret_json.as_bytes());
    out.extend_from_slice(tail.as_bytes());
    out.extend_from_slice(rest.as_bytes());
    out.push(b'}');
    out
}

/// A copy of the secret with exact capacity.
fn secret_string() -> String {
    String::from(SECRET)
}

// ----- positive controls: the scanner can fail ---------------------------

#[test]
fn control_a_plain_string_holding_the_secret_is_detected() {
    let scan = Scan::start();
    let plain = secret_string();
    drop(plain);
    assert_eq!(
        scan.hits(),
        1,
        "a dropped String with the secret must be seen"
    );
}

#[test]
fn control_a_reallocation_leaves_a_copy_that_is_detected() {
    let scan = Scan::start();
    let mut grown = String::with_capacity(SECRET.len());
    grown.push_str(SECRET);
    grown.push_str(" and more"); // reallocates: the old block is freed unwiped
    grown.zeroize();
    drop(grown);
    assert_eq!(scan.hits(), 1, "only the reallocated-away block holds it");
}

#[test]
fn control_a_partial_copy_is_detected() {
    let scan = Scan::start();
    let partial = String::from(&SECRET[PIECE..3 * PIECE]);
    drop(partial);
    assert_eq!(scan.hits(), 1);
}

// ----- the model ----------------------------------------------------------

#[test]
fn a_response_built_from_fields_and_its_clone_leave_no_copy() {
    let scan = Scan::start();
    let r = CreatePersonalAccessTokenResponse::new(fields(Secret::new(secret_string()))).unwrap();
    let copy = r.clone();
    assert_eq!(copy.secret().expose(), SECRET);
    let debug = format!("{r:?} {:?}", copy.secret());
    assert!(!debug.contains(&SECRET[..PIECE]), "{debug}");
    drop(debug);
    let mut json = r.to_json_pretty();
    assert!(json.contains(SECRET));
    json.zeroize(); // the caller's copy is the caller's to wipe
    drop(json);
    drop(r);
    drop(copy);
    assert_eq!(scan.hits(), 0);
}

#[test]
fn a_refused_build_leaves_no_copy() {
    let scan = Scan::start();
    let mut f = fields(Secret::new(secret_string()));
    f.name = String::new();
    let e = CreatePersonalAccessTokenResponse::new(f).unwrap_err();
    assert_eq!(e.field_path(), Some("name"));
    let mut f = fields(Secret::new(secret_string()));
    f.access_token_validity_seconds = Some(0);
    assert!(CreatePersonalAccessTokenResponse::new(f).is_err());
    assert_eq!(scan.hits(), 0);
}

/// The inputs of the parsing tests: the secret written plainly, or with
/// escapes (which serde_json decodes in its own scratch buffer), each
/// accepted or refused (after the secret was read, or while reading it).
fn parse_inputs(escaped_secret: bool) -> Vec<(Vec<u8>, bool)> {
    // The escaped form decodes to SECRET; the first piece is written with
    // \u escapes, so the decoding (allocating) path is used.
    let mut escaped: String = SECRET
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i < 4 {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect();
    let mut inputs: Vec<(Vec<u8>, bool)> = if escaped_secret {
        let mut invalid_utf8 = json_with_secret(&format!("\\n{SECRET}?"), "");
        let at = invalid_utf8.iter().position(|&b| b == b'?').unwrap();
        invalid_utf8[at] = 0xFF;
        vec![
            (json_with_secret(&escaped, ""), true),
            (json_with_secret(&escaped, r#","owner":null"#), false),
            (json_with_secret(&format!("{escaped}\\x"), ""), false),
            (json_with_secret(&format!("{escaped}\\ud800"), ""), false),
            (invalid_utf8, false),
        ]
    } else {
        vec![
            (json_with_secret(SECRET, ""), true),
            (json_with_secret(SECRET, r#","extra":"x""#), true),
            (
                json_with_secret(SECRET, r#","expirationDate":"2017-02-30T00:00:00Z""#),
                false,
            ),
            (json_with_secret(SECRET, r#","secret":"again""#), false),
            (json_with_secret(&format!("{SECRET}\n"), ""), false),
        ]
    };
    escaped.zeroize();
    inputs.shrink_to_fit();
    inputs
}

/// Parses each input in both modes, checks the outcome, drops everything
/// and returns the number of blocks freed holding the secret.
fn parse_and_count_hits(inputs: Vec<(Vec<u8>, bool)>, serial: MutexGuard<'static, ()>) -> usize {
    let mut inputs = inputs;
    let scan = Scan::arm(serial);
    for (input, accepted) in &inputs {
        for mode in [ParseMode::Lenient, ParseMode::Strict] {
            let result = CreatePersonalAccessTokenResponse::from_json(input, mode);
            let expect_ok = *accepted && !(mode == ParseMode::Strict && input.ends_with(b"\"x\"}"));
            assert_eq!(result.is_ok(), expect_ok, "{result:?}");
            match result {
                Ok(r) => {
                    assert_eq!(r.secret().expose(), SECRET);
                    let clone = r.clone();
                    drop(r);
                    drop(clone);
                }
                Err(e) => {
                    let shown = format!("{e} {e:?}");
                    assert!(!shown.contains(&SECRET[..8]), "{shown}");
                }
            }
        }
    }
    for (input, _) in &mut inputs {
        input.zeroize();
    }
    drop(inputs);
    scan.hits()
}

#[test]
fn parsing_a_plainly_written_secret_leaves_no_copy_accepted_or_refused() {
    let serial = serial();
    let inputs = parse_inputs(false);
    assert_eq!(parse_and_count_hits(inputs, serial), 0);
}

/// serde_json decodes a string with escapes in its own scratch buffer and
/// frees it as it is: without the wiping allocator, a copy of an escaped
/// secret is left behind (the control); with it, none is.
#[test]
fn parsing_an_escaped_secret_leaves_no_copy_with_the_wiping_allocator() {
    let lock = serial();
    let inputs = parse_inputs(true);
    let hits = parse_and_count_hits(inputs, lock);
    assert!(hits > 0, "serde_json's scratch buffer is freed unwiped");

    let lock = serial();
    let inputs = parse_inputs(true);
    LIBRARY_ALLOCATOR.store(true, Ordering::SeqCst);
    let hits = parse_and_count_hits(inputs, lock);
    LIBRARY_ALLOCATOR.store(false, Ordering::SeqCst);
    assert_eq!(hits, 0);
}

// ----- the C ABI, called from Rust ------------------------------------------

/// Bytes as a C text argument, borrowed.
fn text(bytes: &(impl AsRef<[u8]> + ?Sized)) -> isc_pat_str {
    let bytes = bytes.as_ref();
    isc_pat_str {
        ptr: bytes.as_ptr().cast(),
        len: bytes.len(),
    }
}

fn c_message(error: *mut isc_pat_error) -> String {
    // SAFETY: a live error from the library; the message is NUL-terminated.
    unsafe { CStr::from_ptr(isc_pat_error_message(error.as_ref())) }
        .to_string_lossy()
        .into_owned()
}

#[test]
fn the_c_abi_leaves_no_copy() {
    let serial = serial();
    let mut input = json_with_secret(SECRET, "");
    let scan = Scan::arm(serial);
    // SAFETY: every pointer below is valid for the call, per the header.
    unsafe {
        let mut r: *mut isc_pat_response = std::ptr::null_mut();
        let mut err: *mut isc_pat_error = std::ptr::null_mut();
        let status = isc_pat_response_parse(text(&input), true, Some(&mut r), Some(&mut err));
        assert_eq!(status, isc_pat_status::Ok);

        for pretty in [false, true] {
            let mut json: *mut c_char = std::ptr::null_mut();
            let mut len = 0usize;
            let status = isc_pat_response_to_json(
                r.as_ref(),
                pretty,
                Some(&mut json),
                Some(&mut len),
                Some(&mut err),
            );
            assert_eq!(status, isc_pat_status::Ok);
            let text = std::slice::from_raw_parts(json.cast::<u8>(), len);
            assert!(text.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()));
            isc_pat_string_free(json);
        }

        let mut buf = [0u8; 512];
        let mut len = 0usize;
        let status = isc_pat_response_write_json(
            r.as_ref(),
            false,
            buf.as_mut_ptr().cast(),
            buf.len(),
            Some(&mut len),
            Some(&mut err),
        );
        assert_eq!(status, isc_pat_status::Ok);
        let mut small = [0u8; 8];
        let status = isc_pat_response_write_json(
            r.as_ref(),
            true,
            small.as_mut_ptr().cast(),
            small.len(),
            Some(&mut len),
            Some(&mut err),
        );
        assert_eq!(status, isc_pat_status::BufferTooSmall);
        isc_pat_error_free(err);
        let status = isc_pat_response_secret(
            r.as_ref(),
            buf.as_mut_ptr().cast(),
            buf.len(),
            Some(&mut len),
            None,
        );
        assert_eq!(status, isc_pat_status::Ok);
        assert_eq!(&buf[..len], SECRET.as_bytes());
        buf.zeroize();

        let mut copy: *mut isc_pat_response = std::ptr::null_mut();
        assert_eq!(
            isc_pat_response_clone(r.as_ref(), Some(&mut copy), None),
            isc_pat_status::Ok
        );
        isc_pat_response_free(r);
        isc_pat_response_free(copy);

        // Built from fields, then refused from fields after the secret was copied.
        let mut owner: *mut isc_pat_owner = std::ptr::null_mut();
        let (t, id, name) = ("IDENTITY", "o", "n");
        assert_eq!(
            isc_pat_owner_new(text(t), text(id), text(name), Some(&mut owner), None),
            isc_pat_status::Ok
        );
        // 2017-07-11T18:45:37.098Z, and an instant past the year 9999.
        for created in [1_499_798_737_098, i64::MAX] {
            let mut built: *mut isc_pat_response = std::ptr::null_mut();
            let mut err: *mut isc_pat_error = std::ptr::null_mut();
            let status = isc_pat_response_new(
                text(id),
                text(SECRET),
                std::ptr::null(),
                0,
                true,
                text(name),
                owner.as_ref(),
                created,
                None,
                None,
                Some(&mut built),
                Some(&mut err),
            );
            if status == isc_pat_status::Ok {
                isc_pat_response_free(built);
            } else {
                assert_eq!(status, isc_pat_status::InvalidDate);
                assert!(!c_message(err).contains(&SECRET[..8]));
                isc_pat_error_free(err);
            }
        }
        isc_pat_owner_free(owner);
    }
    input.zeroize();
    drop(input);
    assert_eq!(scan.hits(), 0);
}

// ----- what is shown -----------------------------------------------------------

#[test]
fn debug_output_hides_the_secret() {
    let _serial = serial();
    let r = CreatePersonalAccessTokenResponse::new(fields(Secret::new(secret_string()))).unwrap();
    let shown = format!("{r:?} {r:#?} {:?} {}", r.secret(), r.secret());
    assert!(!shown.contains(&SECRET[..8]), "{shown}");
    assert!(shown.contains("***"));
    let f = fields(Secret::new(secret_string()));
    let shown = format!("{f:?}");
    assert!(!shown.contains(&SECRET[..8]), "{shown}");
}

/// Inputs whose error is about the secret field itself, each holding the
/// secret (or most of it) in the text.
fn inputs_refused_at_the_secret() -> Vec<Vec<u8>> {
    let mut v = vec![
        json_with_secret(&format!("{SECRET}\\x"), ""),
        json_with_secret(&format!("{SECRET}\\u12"), ""),
        json_with_secret(&format!("{SECRET}\\udc00"), ""),
        json_with_secret(&format!("{SECRET}\t"), ""),
        json_with_secret(SECRET, r#","secret":"W1pe-Me-7c3f0a9d5e1b8246""#),
        format!(r#"{{"id":"i","secret":"{SECRET}"#).into_bytes(),
        format!(r#"{{"id":"i","secret":"{SECRET}""#).into_bytes(),
        format!(r#"{{"id":"i","secret":{SECRET}}}"#).into_bytes(),
        format!(r#"{{"id":"i","secret":["{SECRET}"]}}"#).into_bytes(),
        format!(r#"{{"id":"i","secret":"{SECRET}" "x"}}"#).into_bytes(),
    ];
    let mut bad = json_with_secret(&format!("{SECRET}?"), "");
    let at = bad.iter().position(|&b| b == b'?').unwrap();
    bad[at] = 0xC0;
    v.push(bad);
    v
}

#[test]
fn errors_about_the_secret_do_not_show_it() {
    let _serial = serial();
    for input in inputs_refused_at_the_secret() {
        for mode in [ParseMode::Lenient, ParseMode::Strict] {
            let e = CreatePersonalAccessTokenResponse::from_json(&input, mode).unwrap_err();
            let shown = format!("{e} | {e:?} | {}", e.problem());
            assert!(!shown.contains(&SECRET[..8]), "{shown}");
        }
    }
}

#[test]
fn c_error_messages_about_the_secret_do_not_show_it() {
    let _serial = serial();
    for input in inputs_refused_at_the_secret() {
        // SAFETY: valid pointers per the header.
        unsafe {
            let mut r: *mut isc_pat_response = std::ptr::null_mut();
            let mut err: *mut isc_pat_error = std::ptr::null_mut();
            let status = isc_pat_response_parse(text(&input), false, Some(&mut r), Some(&mut err));
            assert_ne!(status, isc_pat_status::Ok);
            let message = c_message(err);
            assert!(!message.contains(&SECRET[..8]), "{message}");
            isc_pat_error_free(err);
        }
    }
}
