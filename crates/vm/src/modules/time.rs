//! The `time` module: clocks, `sleep`, and the calendar functions (`gmtime`, `localtime`,
//! `mktime`, `asctime`, `ctime`, `strftime`) over `struct_time` (`time/struct_time.rs`).
//!
//! Invariants:
//! - a timestamp argument becomes a C `time_t` as CPython's `_PyTime_ObjectToTime_t` makes it
//!   (floats floored, NaN and out-of-range values refused), and a broken-down time whose year
//!   does not fit C's `int` is refused as glibc refuses it (EOVERFLOW), so results and errors
//!   are those of CPython on 64-bit Linux;
//! - the local time zone is UTC (tm_zone "UTC", offset 0, no daylight saving time): ouro has
//!   no time-zone database reader yet (docs/differences.md). All local-time rules are in
//!   [`local`], the one place to change when it gets one.

mod calendar;
mod strftime;
pub(crate) mod struct_time;

use crate::objects::*;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use calendar::Tm;
use ouro_memory::Obj;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("monotonic", perf_counter),
    ("monotonic_ns", perf_counter_ns),
    ("process_time", perf_counter),
    ("sleep", sleep),
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("mktime", mktime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("strftime", strftime),
];

/// Register `struct_time`'s methods (the type itself is made with the builtin types).
pub(crate) fn init(vm: &Vm) {
    struct_time::init(vm);
}

/// `struct_time` and the time-zone attributes (`tzname`, `timezone`, `altzone`, `daylight`),
/// as CPython computes them on glibc: from the offsets of January 1 and July 1.
pub(crate) fn add_attributes(vm: &Vm, d: &Obj) {
    vm.dict_set_str(d, "struct_time", vm.types.struct_time.clone());
    let tzname = local::TZNAME.map(|n| vm.new_str(n)).to_vec();
    vm.dict_set_str(d, "tzname", vm.new_tuple(tzname));
    vm.dict_set_str(d, "timezone", vm.new_int(-local::STANDARD_OFFSET));
    vm.dict_set_str(d, "altzone", vm.new_int(-local::DAYLIGHT_OFFSET));
    vm.dict_set_str(
        d,
        "daylight",
        vm.new_int(i64::from(local::STANDARD_OFFSET != local::DAYLIGHT_OFFSET)),
    );
}

/// The local time zone's rules. ouro reads no time-zone database yet: local time is UTC, with
/// glibc's name for it.
mod local {
    use super::calendar::{broken_down, seconds_from_fields, Tm};

    pub(super) const TZNAME: [&str; 2] = ["UTC", "UTC"];
    /// Seconds east of UTC in standard time and in daylight saving time.
    pub(super) const STANDARD_OFFSET: i64 = 0;
    pub(super) const DAYLIGHT_OFFSET: i64 = 0;

    /// C's `localtime`.
    pub(super) fn localtime(t: i64) -> Tm {
        let mut tm = broken_down(t, STANDARD_OFFSET);
        tm.zone = Some(TZNAME[0].to_string());
        tm
    }

    /// C's `mktime` (the fields normalized; `tm_isdst` is moot without daylight saving time).
    pub(super) fn mktime(tm: &Tm) -> i64 {
        seconds_from_fields(tm) - STANDARD_OFFSET
    }
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "time", 0, 0)?;
    Ok(vm.new_float(now()))
}

fn time_ns(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "time_ns", 0, 0)?;
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    Ok(vm.new_int(ns))
}

thread_local! {
    static START: Instant = Instant::now();
}

fn perf_counter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "perf_counter", 0, 0)?;
    Ok(vm.new_float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn perf_counter_ns(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "perf_counter_ns", 0, 0)?;
    Ok(vm.new_int(START.with(|s| s.elapsed().as_nanos() as i64)))
}

fn sleep(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "sleep", 1, 1)?;
    let secs = crate::types::float::float_from_object(vm, &a[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    if vm.sandboxed.get() {
        return Ok(vm.none.clone());
    }
    // Sleep in short slices so Ctrl-C (in the REPL) interrupts it, as CPython's sleep is
    // interrupted by SIGINT.
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9));
    loop {
        vm.check_pending()?;
        let now = std::time::Instant::now();
        if now >= end {
            break;
        }
        std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
    }
    Ok(vm.none.clone())
}

/// The argument list of a function CPython parses with `PyArg_ParseTuple` (`|O:gmtime`):
/// positional only, with its messages.
fn parse_tuple_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Obj]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let n = pos.len();
    if n < min || n > max {
        let (how, bound) = match (min == max, n < min) {
            (true, _) => ("exactly", min),
            (false, true) => ("at least", min),
            (false, false) => ("at most", max),
        };
        let s = if bound == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {bound} argument{s} ({n} given)"
        )));
    }
    Ok(pos)
}

/// CPython's `_PyTime_ObjectToTime_t` rounding toward minus infinity: a float or an integer
/// (anything with `__index__`) as a C `time_t`.
fn time_t_from_object(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let out_of_range = || vm.overflow_error("timestamp out of range for platform time_t");
    if let Some(f) = obj.downcast_ref::<PyFloat>() {
        if f.0.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let d = f.0.floor();
        // time_t's range is [-2**63, 2**63), both bounds exact in a double.
        if !((-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&d)) {
            return Err(out_of_range());
        }
        return Ok(d as i64);
    }
    let big = vm.arg_index(obj)?;
    i64::try_from(big).map_err(|_| out_of_range())
}

/// The optional timestamp of `gmtime`, `localtime` and `ctime` (None or absent: now).
fn optional_timestamp(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<i64> {
    let a = parse_tuple_args(vm, args, name, 0, 1)?;
    match a.first() {
        Some(o) if !vm.is_none(o) => time_t_from_object(vm, o),
        _ => Ok(now_seconds()),
    }
}

fn now_seconds() -> i64 {
    now().floor() as i64
}

/// glibc's `gmtime`/`localtime` failing for a year C's `int` cannot hold: OSError EOVERFLOW.
fn check_year(vm: &Vm, tm: Tm) -> PyResult<Tm> {
    if tm.year_fits_c_int() {
        Ok(tm)
    } else {
        Err(value_too_large(vm))
    }
}

fn value_too_large(vm: &Vm) -> PyErr {
    let cls = vm.exc_type("OSError");
    let exc = vm.new_exception(
        &cls,
        vec![
            vm.new_int(75),
            vm.new_str("Value too large for defined data type"),
        ],
    );
    vm.raise(exc)
}

/// `gmtime([seconds])`: UTC, with glibc's zone name "GMT".
fn gmtime(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let t = optional_timestamp(vm, &args, "gmtime")?;
    let mut tm = check_year(vm, calendar::broken_down(t, 0))?;
    tm.zone = Some("GMT".to_string());
    Ok(struct_time::new_struct_time(vm, &tm))
}

/// `localtime([seconds])`.
fn localtime(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let t = optional_timestamp(vm, &args, "localtime")?;
    let tm = check_year(vm, local::localtime(t))?;
    Ok(struct_time::new_struct_time(vm, &tm))
}

/// The current local time, for the functions whose time tuple is optional.
fn local_now(vm: &Vm) -> PyResult<Tm> {
    check_year(vm, local::localtime(now_seconds()))
}

/// `mktime(tuple)`: the inverse of `localtime`, fields normalized as C's `mktime` does.
fn mktime(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    // A METH_O function: its own messages.
    if args.has_kwargs() {
        return Err(vm.type_error("time.mktime() takes no keyword arguments"));
    }
    let a = args.pos();
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "time.mktime() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let tm = struct_time::tm_from_tuple(vm, &a[0], "mktime")?;
    let t = local::mktime(&tm);
    // glibc's mktime fails when the normalized time has a year C's int cannot hold.
    if !calendar::broken_down(t, 0).year_fits_c_int() {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(vm.new_float(t as f64))
}

/// CPython's `_asctime`: "Sun Sep  9 01:46:40 2001", from a checked time.
fn format_asctime(tm: &Tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS.get(tm.wday as usize).copied().unwrap_or("???"),
        MONTHS.get(tm.mon as usize).copied().unwrap_or("???"),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// `asctime([tuple])`.
fn asctime(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "asctime", 0, 1)?;
    let tm = match a.first() {
        Some(t) => {
            let mut tm = struct_time::tm_from_tuple(vm, t, "asctime")?;
            struct_time::check_tm(vm, &mut tm)?;
            tm
        }
        None => local_now(vm)?,
    };
    Ok(vm.new_str(format_asctime(&tm)))
}

/// `ctime([seconds])`: `asctime(localtime(seconds))`.
fn ctime(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let t = optional_timestamp(vm, &args, "ctime")?;
    let tm = check_year(vm, local::localtime(t))?;
    Ok(vm.new_str(format_asctime(&tm)))
}

/// `strftime(format[, tuple])`.
fn strftime(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = parse_tuple_args(vm, &args, "strftime", 1, 2)?;
    let format = vm.arg_str(&a[0], "strftime", "1")?;
    let mut tm = match a.get(1) {
        Some(t) => {
            let mut tm = struct_time::tm_from_tuple(vm, t, "strftime")?;
            struct_time::check_tm(vm, &mut tm)?;
            tm
        }
        None => local_now(vm)?,
    };
    // CPython clamps tm_isdst for C libraries that index tzname with it.
    tm.isdst = tm.isdst.clamp(-1, 1);
    let mktime = |tm: &Tm| {
        let t = local::mktime(tm);
        calendar::broken_down(t, 0).year_fits_c_int().then_some(t)
    };
    let rules = strftime::LocalRules {
        tzname: local::TZNAME,
        mktime: &mktime,
    };
    Ok(vm.new_str(strftime::strftime(&format, &tm, &rules)))
}
