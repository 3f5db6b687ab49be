//! Emits the Rust side of the LAPACK ABI from the spec: the Fortran entry
//! points (`generated/fortran.rs`) and LAPACKE (`generated/lapacke.rs`).

use super::spec::{Arg, Elem, Family, Intent, Kind, Ret, Storage};
use std::fmt::Write;

/// Rust keywords a Fortran argument name may collide with.
pub fn ident(name: &str) -> String {
    match name {
        "type" | "fn" | "in" | "ref" | "mod" | "use" | "match" | "loop" | "move" | "box" => format!("{name}_"),
        _ => name.to_string(),
    }
}

/// The generic Rust type of an element: `T`, `T::Real` or `I`.
fn generic(e: Elem) -> &'static str {
    match e {
        Elem::T => "T",
        Elem::R => "T::Real",
        Elem::Int => "I",
        Elem::O => "T::Other",
    }
}

/// The generic parameters of a family's bodies.
fn tparams(f: &Family) -> &'static str {
    match (f.pair, f.ret) {
        (true, _) => "T: Scalar + Pair, I: AbiInt",
        (false, Ret::Scalar) => "T: Scalar + rt::Failed, I: AbiInt",
        _ => "T: Scalar, I: AbiInt",
    }
}

/// The concrete Rust type of an element for precision `t` and integer `int`.
pub fn concrete(e: Elem, t: char, int: &str) -> String {
    match (e, t) {
        (Elem::Int, _) => int.to_string(),
        (Elem::T, 's') | (Elem::R, 's' | 'c') => "f32".into(),
        (Elem::T, 'd') | (Elem::R, 'd' | 'z') => "f64".into(),
        (Elem::T, 'c') => "c32".into(),
        (Elem::T, 'z') => "c64".into(),
        (Elem::O, 's') => "f64".into(),
        (Elem::O, 'd') => "f32".into(),
        (Elem::O, 'c') => "c64".into(),
        (Elem::O, 'z') => "c32".into(),
        _ => unreachable!("precision {t}"),
    }
}

fn ptr(intent: Intent) -> &'static str {
    if intent.writes() {
        "*mut"
    } else {
        "*const"
    }
}

/// The type of an argument in the Fortran ABI, with `ty` mapping element types.
fn fortran_param(a: &Arg, ty: &dyn Fn(Elem) -> String) -> String {
    match &a.kind {
        Kind::Char { .. } | Kind::Byte => "*const u8".into(),
        Kind::Letter { .. } => "*mut u8".into(),
        Kind::Ptr { elem, intent } => format!("{} {}", ptr(*intent), ty(*elem)),
        Kind::Logical | Kind::Dim | Kind::Int | Kind::Ld | Kind::LWork { .. } | Kind::LdWork { .. } => {
            format!("*const {}", ty(Elem::Int))
        }
        Kind::Val { elem, intent }
        | Kind::Mat { elem, intent, .. }
        | Kind::Vec { elem, intent, .. }
        | Kind::Arr { elem, intent, .. } => format!("{} {}", ptr(*intent), ty(*elem)),
        Kind::Work { elem, .. } => format!("*mut {}", ty(*elem)),
        Kind::Info => format!("*mut {}", ty(Elem::Int)),
        Kind::Select { .. } => SELECT.into(),
    }
}

/// The Rust type of a `SELECT` callback, in every signature: a function
/// address, whose Fortran or C signature the glue knows from the precision.
const SELECT: &str = "crate::lapack_rt::Select";

/// The type of an argument in LAPACKE (`None`: not an argument there).
fn lapacke_param(a: &Arg, ty: &dyn Fn(Elem) -> String, work: bool) -> Option<String> {
    Some(match &a.kind {
        Kind::Char { .. } | Kind::Byte => "c_char".into(),
        Kind::Letter { .. } => "*mut c_char".into(),
        Kind::Ptr { elem, intent } => format!("{} {}", ptr(*intent), ty(*elem)),
        Kind::Select { .. } => SELECT.into(),
        Kind::Logical | Kind::Dim | Kind::Int | Kind::Ld => ty(Elem::Int),
        Kind::Val { elem, intent: Intent::In } => ty(*elem),
        Kind::Val { elem, intent } => format!("{} {}", ptr(*intent), ty(*elem)),
        Kind::Mat { elem, intent, .. } | Kind::Vec { elem, intent, .. } | Kind::Arr { elem, intent, .. } => {
            format!("{} {}", ptr(*intent), ty(*elem))
        }
        Kind::Work { elem, .. } if work => format!("*mut {}", ty(*elem)),
        Kind::LWork { .. } | Kind::LdWork { .. } if work => ty(Elem::Int),
        Kind::Work { .. } | Kind::LWork { .. } | Kind::LdWork { .. } | Kind::Info => return None,
    })
}

fn ret_type(r: Ret, ty: &dyn Fn(Elem) -> String) -> Option<String> {
    match r {
        Ret::None => None,
        Ret::Real => Some(ty(Elem::R)),
        Ret::Scalar => Some(ty(Elem::T)),
        Ret::Int | Ret::Logical => Some(ty(Elem::Int)),
        Ret::Other => Some(ty(Elem::O)),
    }
}

/// Statements converting the raw arguments (already values, not pointers)
/// into the names the spec's expressions use. `from_ptr` reads them through
/// the Fortran pointers; otherwise they are LAPACKE's by-value arguments.
fn prelude(f: &Family, from_ptr: bool, partial: &str) -> String {
    let mut s = String::new();
    for a in &f.args {
        // (Nor is an `hquery=` workspace's length.)
        if !from_ptr && f.hquery_drops(&a.name) {
            continue;
        }
        let n = ident(&a.name);
        let raw_int = if from_ptr { format!("rt::int({n})") } else { format!("lr::int({n})") };
        let raw_ch = if from_ptr { format!("rt::ch({n})") } else { format!("{n} as u8") };
        match &a.kind {
            Kind::Char { ty, total: false } => writeln!(s, "let {n} = {ty}::from_char({raw_ch}){partial};"),
            Kind::Char { ty, total: true } => writeln!(s, "let {n} = {ty}::from_char({raw_ch});"),
            // The expressions see an option letter as the Fortran body does, a byte.
            Kind::Byte if !from_ptr => writeln!(s, "let {n} = {raw_ch};"),
            Kind::Logical => writeln!(s, "let {n} = {raw_int} != 0;"),
            Kind::Dim | Kind::Ld => writeln!(s, "let {n} = rt::size({raw_int});"),
            // (`lwork` is not an argument of high-level LAPACKE, and no size depends on it.)
            Kind::Int | Kind::Val { elem: Elem::Int, intent: Intent::In } => writeln!(s, "let {n} = {raw_int};"),
            // High-level LAPACKE allocates the workspace: its leading dimension is the spec's value.
            Kind::LdWork { value, .. } if !from_ptr => writeln!(s, "let {n}: i64 = {value};"),
            Kind::Val { intent: Intent::In, .. } if from_ptr => writeln!(s, "let {n} = *{n};"),
            _ => Ok(()),
        }
        .unwrap();
    }
    s
}

fn storage_ctor(st: &Storage) -> String {
    match st {
        Storage::Ge { rows, cols } => format!("lr::Storage::Dense {{ rows: {rows}, cols: {cols} }}"),
        Storage::Tri { upper, unit, rows, cols } => {
            format!("lr::Storage::Tri {{ upper: {upper}, unit: {unit}, rows: {rows}, cols: {cols} }}")
        }
        Storage::Band { m, n, kl, ku } => format!("lr::Storage::Band {{ m: {m}, n: {n}, kl: {kl}, ku: {ku} }}"),
        Storage::Packed { upper, unit, n } => {
            format!("lr::Storage::Packed {{ upper: {upper}, unit: {unit}, n: {n} }}")
        }
        Storage::Rfp { normal, n, unit: None } => format!("lr::Storage::Rfp {{ normal: {normal}, n: {n} }}"),
        Storage::Rfp { normal, n, unit: Some((unit, upper)) } => format!(
            "if {unit} {{ lr::Storage::RfpUnit {{ normal: {normal}, upper: {upper}, n: {n} }} }} else {{ lr::Storage::Rfp {{ normal: {normal}, n: {n} }} }}"
        ),
    }
}

fn view_rows_cols(st: &Storage) -> (String, String) {
    match st {
        Storage::Ge { rows, cols } | Storage::Tri { rows, cols, .. } => (rows.clone(), cols.clone()),
        Storage::Band { n, kl, ku, .. } => (format!("({kl}) + ({ku}) + 1"), n.clone()),
        Storage::Packed { .. } | Storage::Rfp { .. } => unreachable!("packed storage is viewed as a slice"),
    }
}

fn where_clause(f: &Family) -> &'static str {
    match f.ret {
        Ret::Real => "\nwhere\n    T::Real: rt::Failed + lr::Code,",
        Ret::Other => "\nwhere\n    T::Other: rt::Failed,",
        _ => "",
    }
}

/// The generic Fortran body of a family: reads, checks in the reference's
/// order, views, and the call.
fn fortran_body(f: &Family, out: &mut String) {
    let g = |e: Elem| generic(e).to_string();
    let params: Vec<String> = f.args.iter().map(|a| format!("{}: {}", ident(&a.name), fortran_param(a, &g))).collect();
    let ret = ret_type(f.ret, &g).map(|r| format!(" -> {r}")).unwrap_or_default();
    let doc = if f.doc.is_empty() { format!("`?{}`.", f.stem) } else { f.doc.clone() };
    writeln!(out, "/// {doc}").unwrap();
    writeln!(
        out,
        "///\n/// The body of the `{}_` entry points, generic over precision and ABI integer.",
        f.names.join("_`, `")
    )
    .unwrap();
    writeln!(out, "///\n/// # Safety\n/// The Fortran LAPACK contract: every pointer is valid for the elements its")
        .unwrap();
    writeln!(out, "/// arguments declare.").unwrap();
    writeln!(out, "#[allow(clippy::too_many_arguments, unused_variables, unused_mut)]").unwrap();
    // The BLAS bodies are a few instructions around the kernel call: inlined
    // into each symbol, as the hand-written wrappers were, so that the kernel
    // driver inlines too (measured: +25 instructions per `daxpy_` otherwise).
    if f.args.iter().any(|a| matches!(a.kind, Kind::Ptr { .. })) {
        writeln!(out, "#[inline(always)]").unwrap();
    }
    writeln!(
        out,
        "pub unsafe fn {}<{}>(srname: &str, {}){ret}{} {{",
        ident(&f.stem),
        tparams(f),
        params.join(", "),
        where_clause(f)
    )
    .unwrap();
    let runner = match (f.ret, f.has_info()) {
        (Ret::None, true) => {
            let info = f.args.iter().find(|a| a.kind == Kind::Info).unwrap();
            format!("rt::with_info(srname, {}, ", ident(&info.name))
        }
        (Ret::None, false) => "rt::without_info::<I>(srname, ".into(),
        _ => "rt::function::<_, I>(srname, ".into(),
    };
    writeln!(out, "    // SAFETY: this function's contract covers every access below.").unwrap();
    writeln!(out, "    {runner}|| unsafe {{").unwrap();
    let mut b = String::new();
    // Raw reads.
    for a in &f.args {
        let n = ident(&a.name);
        match &a.kind {
            Kind::Char { ty, .. } => writeln!(b, "let {n} = {ty}::from_char(rt::ch({n}));").unwrap(),
            Kind::Byte => writeln!(b, "let {n} = rt::ch({n});").unwrap(),
            Kind::Logical => writeln!(b, "let {n} = rt::logical({n});").unwrap(),
            Kind::Dim
            | Kind::Int
            | Kind::Ld
            | Kind::LWork { .. }
            | Kind::LdWork { .. }
            | Kind::Val { elem: Elem::Int, intent: Intent::In } => writeln!(b, "let {n} = rt::int({n});").unwrap(),
            Kind::Val { intent: Intent::In, .. } => writeln!(b, "let {n} = *{n};").unwrap(),
            _ => {}
        }
    }
    for c in &f.checks {
        writeln!(b, "rt::check({}, {})?;", c.expr, f.position(&c.arg).unwrap()).unwrap();
    }
    // Conversions after the checks.
    for a in &f.args {
        let n = ident(&a.name);
        match &a.kind {
            Kind::Char { total: false, .. } => writeln!(b, "let {n} = rt::need({n})?;").unwrap(),
            Kind::Dim | Kind::Ld => writeln!(b, "let {n} = rt::size({n});").unwrap(),
            Kind::Val { intent, .. } if intent.writes() => writeln!(b, "let {n} = &mut *{n};").unwrap(),
            Kind::Letter { .. } => writeln!(b, "let {n} = &mut *{n};").unwrap(),
            _ => {}
        }
    }
    // A workspace query answers before any array is viewed. With several
    // queryable workspaces (`?stedc`'s WORK, RWORK, IWORK) any one of them
    // at -1 is the query, and every one gets its answer.
    let lworks: Vec<(&Arg, &String, &String)> = f
        .args
        .iter()
        .filter_map(|a| match &a.kind {
            Kind::LWork { work, opt } => Some((a, work, opt)),
            _ => None,
        })
        .collect();
    // The answer OPT stored through the pointer `at` into the workspace `work`.
    let answer_at = |work: &str, at: &str, opt: &str| {
        let w = f.args.iter().find(|w| w.name == work).expect("lwork names a work argument");
        let Kind::Work { elem, .. } = w.kind else { panic!("lwork names a work argument") };
        match elem {
            Elem::Int => format!("rt::answer_query_int::<I>({at}, {opt});"),
            _ => format!("rt::answer_query::<{}>({at}, {opt});", generic(elem)),
        }
    };
    let answer = |work: &str, opt: &str| answer_at(work, &ident(work), opt);
    // The extra answers of `query` lines, each at its own index.
    let extras: String = f
        .queries
        .iter()
        .map(|(work, index, expr)| {
            let w = ident(work);
            format!(
                "    if !{w}.is_null() {{\n    {}\n    }}\n",
                answer_at(work, &format!("{w}.wrapping_add({index})"), expr)
            )
        })
        .collect();
    match lworks.as_slice() {
        [] => {}
        [(a, work, opt)] => {
            writeln!(b, "if {} == -1 {{\n    {}\n{extras}    return Ok(0);\n}}", ident(&a.name), answer(work, opt))
                .unwrap()
        }
        many => {
            let cond: Vec<String> = many.iter().map(|(a, _, _)| format!("{} == -1", ident(&a.name))).collect();
            writeln!(b, "if {} {{", cond.join(" || ")).unwrap();
            for (_, work, opt) in many {
                writeln!(b, "    {}", answer(work, opt)).unwrap();
            }
            writeln!(b, "{extras}    return Ok(0);\n}}").unwrap();
        }
    }
    for a in &f.args {
        let n = ident(&a.name);
        match &a.kind {
            Kind::Mat { intent, storage, .. } if storage.flat().is_some() => {
                let fun = if intent.writes() { "slice_mut" } else { "slice" };
                let k = storage.flat().unwrap();
                writeln!(b, "let {n} = rt::{fun}({n}, ({k}) * (({k}) + 1) / 2);").unwrap();
            }
            Kind::Mat { intent, storage, ld, .. } => {
                let (r, c) = view_rows_cols(storage);
                let fun = if intent.writes() { "mat_mut" } else { "mat_ref" };
                writeln!(b, "let {n} = rt::{fun}({n}, {r}, {c}, {});", ident(ld)).unwrap();
            }
            Kind::Vec { intent, n: len, inc, .. } => {
                let fun = if intent.writes() { "vec_mut" } else { "vec_ref" };
                writeln!(b, "let {n} = rt::{fun}({n}, {len}, {inc});").unwrap();
            }
            Kind::Arr { intent, len, .. } => {
                let fun = if intent.writes() { "slice_mut" } else { "slice" };
                writeln!(b, "let {n} = rt::{fun}({n}, {len});").unwrap();
            }
            Kind::Work { len, raw: false, .. } => writeln!(b, "let {n} = rt::slice_mut({n}, {len});").unwrap(),
            _ => {}
        }
    }
    match (f.ret, f.has_info()) {
        (Ret::None, false) if f.checked => writeln!(b, "({}).map_err(|p| rt::Exit::Bad(p as i64))", f.call).unwrap(),
        (Ret::None, true) => writeln!(b, "Ok(rt::IntoInfo::into_info({}))", f.call).unwrap(),
        (Ret::None, false) => writeln!(b, "{};\nOk(())", f.call).unwrap(),
        (Ret::Int, _) => writeln!(b, "Ok(I::from_i64({}))", f.call).unwrap(),
        (Ret::Logical, _) => writeln!(b, "Ok(I::from_i64(({}) as i64))", f.call).unwrap(),
        _ => writeln!(b, "Ok({})", f.call).unwrap(),
    }
    for l in b.lines() {
        writeln!(out, "        {l}").unwrap();
    }
    writeln!(out, "    }})\n}}\n").unwrap();
}

/// The `#[no_mangle]` Fortran symbols of a family, LP64 and ILP64.
fn fortran_shims(f: &Family, out: &mut String) {
    for (t, name) in f.types.iter().flat_map(|&t| f.fortran_names(t).into_iter().map(move |n| (t, n))) {
        for (int, suffix) in [("i32", "_"), ("i64", "_64_")] {
            let ty = |e: Elem| concrete(e, t, int);
            let mut params: Vec<String> =
                f.args.iter().map(|a| format!("{}: {}", ident(&a.name), fortran_param(a, &ty))).collect();
            params.extend(
                f.args
                    .iter()
                    .filter(|a| matches!(a.kind, Kind::Char { .. } | Kind::Byte | Kind::Letter { .. }))
                    .map(|a| format!("_{}_len: usize", a.name)),
            );
            let ret = ret_type(f.ret, &ty).map(|r| format!(" -> {r}")).unwrap_or_default();
            let args: Vec<String> = f.args.iter().map(|a| ident(&a.name)).collect();
            let ilp = if int == "i64" { " (64-bit integers)" } else { "" };
            writeln!(out, "/// Fortran `{}`{ilp}: see [`{}`].", name.to_uppercase(), ident(&f.stem)).unwrap();
            writeln!(out, "///\n/// # Safety\n/// The Fortran LAPACK contract (as for [`{}`]).", ident(&f.stem))
                .unwrap();
            writeln!(out, "#[no_mangle]\n#[allow(clippy::too_many_arguments)]").unwrap();
            writeln!(out, "pub unsafe extern \"C\" fn {name}{suffix}({}){ret} {{", params.join(", ")).unwrap();
            writeln!(out, "    // SAFETY: the caller honours the Fortran LAPACK contract.").unwrap();
            writeln!(
                out,
                "    unsafe {{ {}::<{}, {int}>(\"{:<6}\", {}) }}\n}}\n",
                ident(&f.stem),
                concrete(Elem::T, t, int),
                f.xerbla_name(&name),
                args.join(", ")
            )
            .unwrap();
        }
    }
}

/// `generated/fortran.rs`.
pub fn fortran(fams: &[Family]) -> String {
    let mut out = String::from(super::RUST_HEADER);
    out.push_str(
        "//! The Fortran BLAS and LAPACK entry points (`dgemm_`, `dlange_`, and\n\
         //! `dgemm_64_`, `dlange_64_` with 64-bit integers): the symbols, each calling\n\
         //! its family's generic body in [`body`].\n\n\
         #![allow(unused_imports, clippy::unit_arg, clippy::unnecessary_cast)]\n\n\
         use crate::lapack_rt::AbiInt;\n\
         use ferroblas_kernels::scalar::{c32, c64, Scalar};\n\
         use body::*;\n\n",
    );
    for f in fams {
        fortran_shims(f, &mut out);
    }
    out.push_str(
        "/// One generic body per family: reads, checks in the reference's order, views, the call.\n\
         pub mod body {\n\
         use crate::lapack_rt::{self as rt, AbiInt};\n\
         use crate::lapacke_rt as lr;\n\
         use crate::spec_prelude::*;\n\
         use ferroblas_kernels::scalar::{c32, c64, Scalar};\n\n",
    );
    for f in fams {
        fortran_body(f, &mut out);
    }
    out.push_str("}\n");
    out
}

/// LAPACKE's argument list: (name, position) of every argument it takes.
fn lapacke_args(f: &Family, work: bool) -> Vec<(&Arg, usize)> {
    let first = if f.lapacke_layout() { 2 } else { 1 };
    f.args
        .iter()
        .filter(|a| lapacke_param(a, &|_| String::new(), work).is_some() && (work || !f.hquery_drops(&a.name)))
        .enumerate()
        .map(|(i, a)| (a, i + first))
        .collect()
}

fn lapacke_signature(f: &Family, ty: &dyn Fn(Elem) -> String, work: bool) -> String {
    let mut p = Vec::new();
    if f.lapacke_layout() {
        p.push("matrix_layout: c_int".to_string());
    }
    for (a, _) in lapacke_args(f, work) {
        p.push(format!("{}: {}", ident(&a.name), lapacke_param(a, ty, work).unwrap()));
    }
    if f.rpivot.is_some() && !work {
        p.push(format!("rpivot: *mut {}", ty(Elem::R)));
    }
    for x in f.extra.iter().filter(|_| !work) {
        let elem = work_elem(f, &x.work);
        p.push(format!("{}: *mut {}", ident(&x.name), ty(elem)));
    }
    p.join(", ")
}

/// The element type of the workspace argument `work`.
pub fn work_elem(f: &Family, work: &str) -> Elem {
    match f.args.iter().find(|a| a.name == work).map(|a| &a.kind) {
        Some(Kind::Work { elem, .. }) => *elem,
        _ => panic!("family {}: `{work}` is not a workspace", f.stem),
    }
}

fn lapacke_ret(f: &Family, ty: &dyn Fn(Elem) -> String) -> String {
    ret_type(f.ret, ty).unwrap_or_else(|| ty(Elem::Int))
}

/// A Rust block evaluating `expr` over the converted LAPACKE arguments,
/// falling back to `fallback` when an option letter is not recognised.
fn lapacke_eval(f: &Family, expr: &str, ty: &str, fallback: &str) -> String {
    format!(
        "{{\n        #[allow(unused_variables, clippy::redundant_closure_call)]\n        let v = (|| -> Option<{ty}> {{\n{}            Some({expr})\n        }})();\n        v.unwrap_or({fallback})\n    }}",
        prelude(f, false, "?").lines().map(|l| format!("            {l}\n")).collect::<String>()
    )
}

const EMPTY: &str = "lr::Storage::Dense { rows: 0, cols: 0 }";

/// The generic LAPACKE bodies of a family.
fn lapacke_bodies(f: &Family, out: &mut String) {
    let g = |e: Elem| generic(e).to_string();
    let stem = ident(&f.stem);
    let ret = lapacke_ret(f, &g);
    let bounds = match f.ret {
        Ret::Real => "\nwhere\n    T::Real: rt::Failed + lr::Code,",
        _ => "",
    };
    let layout = f.lapacke_layout();

    // --- the _work form.
    writeln!(out, "/// LAPACKE `_work` form of [`{stem}`]: row-major arguments copied to column-major and back.")
        .unwrap();
    writeln!(
        out,
        "///\n/// # Safety\n/// The LAPACKE contract: every pointer is valid for the elements its arguments declare."
    )
    .unwrap();
    writeln!(out, "#[allow(clippy::too_many_arguments, unused_variables, unused_mut)]").unwrap();
    writeln!(
        out,
        "pub unsafe fn lapacke_{}_work<{}>(fname: &str, {}) -> {ret}{bounds} {{",
        f.stem,
        tparams(f),
        lapacke_signature(f, &g, true)
    )
    .unwrap();
    writeln!(out, "    let srname = fname.to_ascii_uppercase();").unwrap();
    if f.has_info() {
        writeln!(out, "    let mut info_ = I::from_i64(0);").unwrap();
    }
    // The arguments of the Fortran body, given the (possibly copied) matrices.
    let fortran_args = |copied: bool| -> String {
        f.args
            .iter()
            .map(|a| {
                let n = ident(&a.name);
                match &a.kind {
                    Kind::Char { .. } | Kind::Byte => format!("&({n} as u8)"),
                    Kind::Letter { .. } => format!("{n} as *mut u8"),
                    Kind::Logical | Kind::Dim | Kind::Int | Kind::LWork { .. } | Kind::LdWork { .. } => format!("&{n}"),
                    Kind::Ld if copied && is_copied_ld(f, &a.name) => format!("&{n}_t"),
                    Kind::Ld => format!("&{n}"),
                    Kind::Val { intent: Intent::In, .. } => format!("&{n}"),
                    Kind::Mat { .. } if copied => format!("{n}_t.ptr()"),
                    Kind::Info => "&mut info_".into(),
                    _ => n,
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    // The value returned: a function's result, or INFO shifted past the layout.
    let finish = |out: &mut String, indent: &str, ret: &str| {
        if f.ret != Ret::None {
            writeln!(out, "{indent}{ret}r").unwrap();
        } else if f.has_info() {
            writeln!(out, "{indent}let info = info_.get();").unwrap();
            writeln!(out, "{indent}{ret}lr::Code::code(if info < 0 {{ info - 1 }} else {{ info }})").unwrap();
        } else {
            writeln!(out, "{indent}{ret}lr::Code::code(0)").unwrap();
        }
    };
    if let Some(tr) = &f.rowtrans {
        let tr = ident(tr);
        writeln!(out, "    let lname = lr::lapacke_name(fname, true);").unwrap();
        writeln!(out, "    if !lr::layout_ok(matrix_layout) {{\n        lr::report(&lname, -1);\n        return lr::Code::code(-1);\n    }}").unwrap();
        writeln!(out, "    // Row-major arrays are the routine's own `{tr} = T` storage: nothing is copied.").unwrap();
        writeln!(out, "    let {tr}: c_char = if matrix_layout == lr::ROW_MAJOR {{ b'T' as c_char }} else {{ {tr} }};")
            .unwrap();
        writeln!(out, "    // SAFETY: the arrays are in the layout the routine is told.").unwrap();
        writeln!(out, "    let r = unsafe {{ {stem}::<T, I>(&srname, {}) }};", fortran_args(false)).unwrap();
        finish(out, "    ", "");
        writeln!(out, "}}\n").unwrap();
    } else if layout {
        writeln!(out, "    let lname = lr::lapacke_name(fname, true);").unwrap();
        writeln!(out, "    if matrix_layout == lr::COL_MAJOR {{").unwrap();
    } else {
        writeln!(out, "    {{").unwrap();
    }
    if f.rowtrans.is_none() {
        writeln!(out, "        // SAFETY: column-major arguments are the Fortran routine's own.").unwrap();
        writeln!(out, "        let r = unsafe {{ {stem}::<T, I>(&srname, {}) }};", fortran_args(false)).unwrap();
        finish(out, "        ", if layout { "return " } else { "" });
        writeln!(out, "    }}").unwrap();
    }
    if layout && f.rowtrans.is_none() {
        writeln!(out, "    if matrix_layout != lr::ROW_MAJOR {{").unwrap();
        writeln!(out, "        lr::report(&lname, -1);\n        return lr::Code::code(-1);\n    }}").unwrap();
        let pos: std::collections::HashMap<&str, usize> =
            lapacke_args(f, true).into_iter().map(|(a, p)| (a.name.as_str(), p)).collect();
        let mut body = String::new();
        for a in &f.args {
            if let Kind::Mat { storage, ld, .. } = &a.kind {
                let n = ident(&a.name);
                writeln!(body, "let st_{n} = {};", lapacke_eval(f, &storage_ctor(storage), "lr::Storage", EMPTY))
                    .unwrap();
                if storage.flat().is_some() {
                    continue;
                }
                let p = pos[ld.as_str()];
                writeln!(
                    body,
                    "if lr::int({}) < st_{n}.cols().max(1) as i64 {{\n    lr::report(&lname, -{p});\n    return lr::Code::code(-{p});\n}}",
                    ident(ld)
                )
                .unwrap();
            }
        }
        // A workspace query copies nothing.
        if let Some(lw) = f.args.iter().find(|a| matches!(a.kind, Kind::LWork { .. })) {
            writeln!(body, "if lr::int({}) == -1 {{", ident(&lw.name)).unwrap();
            writeln!(body, "    // SAFETY: a query reads no array.").unwrap();
            writeln!(body, "    let r = unsafe {{ {stem}::<T, I>(&srname, {}) }};", fortran_args(false)).unwrap();
            finish(&mut body, "    ", "return ");
            writeln!(body, "}}").unwrap();
        }
        for a in &f.args {
            if let Kind::Mat { intent, elem, ld, storage } = &a.kind {
                let n = ident(&a.name);
                let user_ld =
                    if storage.flat().is_some() { "0".to_string() } else { format!("lr::int({})", ident(ld)) };
                writeln!(
                    body,
                    "// SAFETY: the caller's row-major array holds what its arguments declare.\n\
                     let Some(mut {n}_t) = (unsafe {{ lr::ColMajorCopy::new(st_{n}, {n} as *mut {}, {user_ld}, {}) }}) else {{\n    \
                     lr::report(&lname, lr::TRANSPOSE_MEMORY_ERROR);\n    return lr::Code::code(lr::TRANSPOSE_MEMORY_ERROR);\n}};",
                    generic(*elem),
                    intent.writes()
                )
                .unwrap();
                if storage.flat().is_none() {
                    writeln!(body, "let {}_t = I::from_i64({n}_t.ld());", ident(ld)).unwrap();
                }
            }
        }
        writeln!(body, "// SAFETY: the copies are column-major; the other arguments are the caller's.").unwrap();
        writeln!(body, "let r = unsafe {{ {stem}::<T, I>(&srname, {}) }};", fortran_args(true)).unwrap();
        for a in &f.args {
            if let Kind::Mat { .. } = &a.kind {
                writeln!(body, "drop({}_t);", ident(&a.name)).unwrap();
            }
        }
        let mut fin = String::new();
        finish(&mut fin, "", "");
        body.push_str(&fin);
        for l in body.lines() {
            writeln!(out, "    {l}").unwrap();
        }
    }
    if f.rowtrans.is_none() {
        writeln!(out, "}}\n").unwrap();
    }

    // --- the high-level form.
    writeln!(out, "/// LAPACKE high-level form of [`{stem}`]: NaN checks and workspace allocation.").unwrap();
    writeln!(
        out,
        "///\n/// # Safety\n/// The LAPACKE contract: every pointer is valid for the elements its arguments declare."
    )
    .unwrap();
    writeln!(out, "#[allow(clippy::too_many_arguments, unused_variables, unused_mut)]").unwrap();
    writeln!(
        out,
        "pub unsafe fn lapacke_{}<{}>(fname: &str, {}) -> {ret}{bounds} {{",
        f.stem,
        tparams(f),
        lapacke_signature(f, &g, false)
    )
    .unwrap();
    writeln!(out, "    let lname = lr::lapacke_name(fname, false);").unwrap();
    let layout_arg = if layout && f.rowtrans.is_none() { "matrix_layout" } else { "lr::COL_MAJOR" };
    if layout {
        writeln!(out, "    if !lr::layout_ok(matrix_layout) {{\n        lr::report(&lname, -1);\n        return lr::Code::code(-1);\n    }}").unwrap();
    }
    if let Some(tr) = &f.rowtrans {
        // The NaN checks see the arrays as the routine will: column-major, transposed when `T`.
        let tr = ident(tr);
        writeln!(out, "    let {tr}: c_char = if matrix_layout == lr::ROW_MAJOR {{ b'T' as c_char }} else {{ {tr} }};")
            .unwrap();
    }
    let mut nan = String::new();
    for (a, p) in lapacke_args(f, false) {
        if a.nonan {
            continue;
        }
        let n = ident(&a.name);
        let cond = match &a.kind {
            Kind::Mat { elem: e @ (Elem::T | Elem::R | Elem::O), intent, storage, ld } if *intent != Intent::Out => {
                let st = lapacke_eval(f, &storage_ctor(storage), "lr::Storage", EMPTY);
                let ld = if storage.flat().is_some() { "0".to_string() } else { format!("lr::int({})", ident(ld)) };
                format!("lr::has_nan::<{}>({layout_arg}, {st}, {n}, {ld})", generic(*e))
            }
            Kind::Vec { elem: e @ (Elem::T | Elem::R), intent, n: len, inc } if *intent != Intent::Out => {
                let len = lapacke_eval(f, &format!("(({len}) as i64, ({inc}) as i64)"), "(i64, i64)", "(0, 1)");
                format!("{{ let (n_, inc_) = {len}; lr::vec_has_nan::<{}>(n_, {n}, inc_) }}", generic(*e))
            }
            Kind::Arr { elem: e @ (Elem::T | Elem::R), intent, len } if *intent != Intent::Out => {
                let len = lapacke_eval(f, &format!("({len}) as i64"), "i64", "0");
                format!("lr::vec_has_nan::<{}>({len}, {n}, 1)", generic(*e))
            }
            Kind::Val { elem: Elem::T | Elem::R, intent: Intent::In } => format!("Scalar::is_nan({n})"),
            Kind::Val { elem: e @ (Elem::T | Elem::R), intent: Intent::InOut } => {
                format!("lr::vec_has_nan::<{}>(1, {n}, 1)", generic(*e))
            }
            _ => continue,
        };
        // A conditional check (`nanif`) tests its condition first.
        let cond = match &a.nanif {
            Some(c) => format!("({}) && {cond}", lapacke_eval(f, c, "bool", "false")),
            None => cond,
        };
        if cond.starts_with("Scalar::is_nan") {
            writeln!(nan, "if {cond} {{\n    return lr::Code::code(-{p});\n}}").unwrap();
        } else {
            writeln!(nan, "// SAFETY: the caller's arrays hold what their arguments declare.").unwrap();
            writeln!(nan, "if unsafe {{ {cond} }} {{\n    return lr::Code::code(-{p});\n}}").unwrap();
        }
    }
    if !nan.is_empty() {
        writeln!(out, "    if lr::nancheck_enabled() {{").unwrap();
        for l in nan.lines() {
            writeln!(out, "        {l}").unwrap();
        }
        writeln!(out, "    }}").unwrap();
    }
    for a in &f.args {
        if let Kind::Work { elem, len, .. } = &a.kind {
            let n = ident(&a.name);
            // A queryable workspace gets its optimal length (at least its minimum).
            let len = match f.args.iter().find_map(|l| match &l.kind {
                Kind::LWork { work, opt } if *work == a.name => Some(opt),
                _ => None,
            }) {
                Some(opt) => format!("({opt}).max(1)"),
                None => len.clone(),
            };
            writeln!(out, "    let len_{n} = {};", lapacke_eval(f, &len, "usize", "0")).unwrap();
            writeln!(
                out,
                "    let Some(mut w_{n}) = lr::alloc_work::<{}>(len_{n}) else {{\n        lr::report(&lname, lr::WORK_MEMORY_ERROR);\n        return lr::Code::code(lr::WORK_MEMORY_ERROR);\n    }};",
                generic(*elem)
            )
            .unwrap();
        }
    }
    let mut call = Vec::new();
    if layout {
        call.push("matrix_layout".to_string());
    }
    // An `hquery=` workspace: its length asked of the `_work` form, then allocated.
    if let Some((w, l)) = &f.hquery {
        let (w, l) = (ident(w), ident(l));
        let query: Vec<String> = lapacke_args(f, true)
            .into_iter()
            .map(|(a, _)| match ident(&a.name) {
                n if n == w => "&mut q_".to_string(),
                n if n == l => "I::from_i64(-1)".to_string(),
                n => n,
            })
            .collect();
        let lay = if layout { "matrix_layout, " } else { "" };
        writeln!(out, "    let mut q_ = T::zero();").unwrap();
        writeln!(out, "    // SAFETY: forwarded contract; a query writes one element of the workspace.").unwrap();
        writeln!(out, "    let r = unsafe {{ lapacke_{}_work::<T, I>(fname, {lay}{}) }};", f.stem, query.join(", "))
            .unwrap();
        writeln!(
            out,
            "    if r.get() != 0 {{
        return r;
    }}"
        )
        .unwrap();
        writeln!(out, "    let len_{w} = ferroblas_kernels::scalar::RealScalar::to_f64(q_.re()).max(1.0) as usize;")
            .unwrap();
        writeln!(
            out,
            "    let Some(mut w_{w}) = lr::alloc_work::<T>(len_{w}) else {{\n        lr::report(&lname, lr::WORK_MEMORY_ERROR);\n        return lr::Code::code(lr::WORK_MEMORY_ERROR);\n    }};"
        )
        .unwrap();
    }
    for (a, _) in lapacke_args(f, true) {
        let n = ident(&a.name);
        if let Some((w, l)) = &f.hquery {
            if a.name == *w {
                call.push(format!("w_{n}.as_mut_ptr()"));
                continue;
            }
            if a.name == *l {
                call.push(format!("I::from_i64(len_{} as i64)", ident(w)));
                continue;
            }
        }
        call.push(match &a.kind {
            Kind::Work { .. } => format!("w_{n}.as_mut_ptr()"),
            Kind::LWork { work, .. } => format!("I::from_i64(len_{} as i64)", ident(work)),
            Kind::LdWork { value, .. } => {
                format!("I::from_i64({})", lapacke_eval(f, &format!("({value}) as i64"), "i64", "1"))
            }
            _ => n,
        });
    }
    // Inputs the routine reads from its workspace (`extra=...:IN`).
    for x in f.extra.iter().filter(|x| x.copy_in > 0) {
        let off = lapacke_eval(f, &format!("({}) as usize", x.offset), "usize", "0");
        writeln!(out, "    let off_ = {off};").unwrap();
        writeln!(out, "    if let Some(w) = w_{}.get_mut(off_..off_ + {}) {{", ident(&x.work), x.copy_in).unwrap();
        writeln!(out, "        // SAFETY: the caller's `{}` is valid for its length, at least {}.", x.name, x.copy_in)
            .unwrap();
        writeln!(
            out,
            "        unsafe {{ std::ptr::copy_nonoverlapping({}, w.as_mut_ptr(), {}) }};\n    }}",
            ident(&x.name),
            x.copy_in
        )
        .unwrap();
    }
    writeln!(out, "    // SAFETY: forwarded contract; the workspaces hold what the routine needs.").unwrap();
    if !f.extra.is_empty() {
        writeln!(out, "    let r = unsafe {{ lapacke_{}_work::<T, I>(fname, {}) }};", f.stem, call.join(", ")).unwrap();
        for x in &f.extra {
            let (off, len) = (
                lapacke_eval(f, &format!("({}) as usize", x.offset), "usize", "0"),
                lapacke_eval(f, &format!("({}) as usize", x.len), "usize", "0"),
            );
            writeln!(out, "    let (off_, len_) = ({off}, {len});").unwrap();
            writeln!(out, "    if let Some(v) = w_{}.get(off_..off_ + len_) {{", ident(&x.work)).unwrap();
            writeln!(out, "        // SAFETY: the caller's `{}` is valid for `len_` elements.", x.name).unwrap();
            writeln!(
                out,
                "        unsafe {{ std::ptr::copy_nonoverlapping(v.as_ptr(), {}, len_) }};\n    }}",
                ident(&x.name)
            )
            .unwrap();
        }
        writeln!(out, "    r\n}}\n").unwrap();
        return;
    }
    match &f.rpivot {
        None => {
            writeln!(out, "    unsafe {{ lapacke_{}_work::<T, I>(fname, {}) }}\n}}\n", f.stem, call.join(", ")).unwrap()
        }
        Some(w) => {
            writeln!(out, "    let r = unsafe {{ lapacke_{}_work::<T, I>(fname, {}) }};", f.stem, call.join(", "))
                .unwrap();
            writeln!(out, "    if let Some(&v) = w_{}.first() {{", ident(w)).unwrap();
            writeln!(out, "        // SAFETY: the caller's RPIVOT is valid for one element.").unwrap();
            writeln!(out, "        unsafe {{ *rpivot = v }};\n    }}\n    r\n}}\n").unwrap();
        }
    }
}

fn is_copied_ld(f: &Family, ld: &str) -> bool {
    f.args.iter().any(|a| matches!(&a.kind, Kind::Mat { ld: l, .. } if l == ld))
}

/// The `#[no_mangle]` LAPACKE symbols of a family.
fn lapacke_shims(f: &Family, out: &mut String) {
    for (t, name) in f.types.iter().flat_map(|&t| f.lapacke_names(t).into_iter().map(move |n| (t, n))) {
        for (int, suffix) in [("i32", ""), ("i64", "64_")] {
            let ty = |e: Elem| concrete(e, t, int);
            let ret = lapacke_ret(f, &ty);
            for work in [false, true] {
                let w = if work { "_work" } else { "" };
                let sig = lapacke_signature(f, &ty, work);
                let mut args: Vec<String> = Vec::new();
                if f.lapacke_layout() {
                    args.push("matrix_layout".into());
                }
                args.extend(lapacke_args(f, work).into_iter().map(|(a, _)| ident(&a.name)));
                if f.rpivot.is_some() && !work {
                    args.push("rpivot".into());
                }
                for x in f.extra.iter().filter(|_| !work) {
                    args.push(ident(&x.name));
                }
                writeln!(out, "/// `LAPACKE_{name}{w}`: see [`lapacke_{}{w}`].", f.stem).unwrap();
                writeln!(out, "///\n/// # Safety\n/// The LAPACKE contract.").unwrap();
                writeln!(out, "#[no_mangle]\n#[allow(clippy::too_many_arguments)]").unwrap();
                writeln!(out, "pub unsafe extern \"C\" fn LAPACKE_{name}{w}{suffix}({sig}) -> {ret} {{").unwrap();
                writeln!(out, "    // SAFETY: the caller honours the LAPACKE contract.").unwrap();
                writeln!(
                    out,
                    "    unsafe {{ lapacke_{}{w}::<{}, {int}>(\"{name}\", {}) }}\n}}\n",
                    f.stem,
                    concrete(Elem::T, t, int),
                    args.join(", ")
                )
                .unwrap();
            }
        }
    }
}

/// `generated/lapacke.rs`.
pub fn lapacke(fams: &[Family]) -> String {
    let mut out = String::from(super::RUST_HEADER);
    out.push_str(
        "//! LAPACKE (`LAPACKE_dlange`, `LAPACKE_dlange_work`, and `LAPACKE_dlange64_`\n\
         //! with 64-bit integers): one generic pair of bodies per family, then its symbols.\n\n\
         #![allow(non_snake_case, unused_imports, clippy::redundant_field_names, clippy::let_unit_value, clippy::let_and_return, clippy::unnecessary_cast)]\n\n\
         use super::fortran::body::*;\n\
         use crate::lapack_rt::{self as rt, AbiInt};\n\
         use crate::lapacke_rt as lr;\n\
         use crate::spec_prelude::*;\n\
         use ferroblas_kernels::scalar::{c32, c64, Scalar};\n\
         use std::ffi::{c_char, c_int};\n\n",
    );
    for f in fams.iter().filter(|f| f.lapacke) {
        lapacke_bodies(f, &mut out);
        lapacke_shims(f, &mut out);
    }
    out
}

/// Every symbol the spec generates (for the manifest).
pub fn symbols(fams: &[Family]) -> Vec<String> {
    let mut v = Vec::new();
    for f in fams {
        for &t in &f.types {
            for n in f.fortran_names(t) {
                v.push(format!("{n}_"));
                v.push(format!("{n}_64_"));
            }
            for n in f.lapacke_names(t) {
                for s in ["", "_work"] {
                    v.push(format!("LAPACKE_{n}{s}"));
                    v.push(format!("LAPACKE_{n}{s}64_"));
                }
            }
        }
    }
    v
}
