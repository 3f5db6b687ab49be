//! Emits the C side of the LAPACK ABI from the spec: prototypes
//! (`include/lapack.h`, the LAPACKE part of `include/lapacke.h`) and the
//! bad-argument test (`tests/c/generated/lapack_bad_args.c`).

use super::rust::ident;
use super::spec::{Elem, Family, Intent, Kind, Ret};
use std::fmt::Write;

fn c_elem(e: Elem, t: char, ilp: bool) -> &'static str {
    match (e, t) {
        (Elem::Int, _) => {
            if ilp {
                "int64_t"
            } else {
                "lapack_int"
            }
        }
        (Elem::T, 's') | (Elem::R, 's' | 'c') => "float",
        (Elem::T, 'd') | (Elem::R, 'd' | 'z') => "double",
        (Elem::T, 'c') => "lapack_complex_float",
        (Elem::T, 'z') => "lapack_complex_double",
        (Elem::O, 's') => "double",
        (Elem::O, 'd') => "float",
        (Elem::O, 'c') => "lapack_complex_double",
        (Elem::O, 'z') => "lapack_complex_float",
        _ => unreachable!(),
    }
}

fn c_ret(f: &Family, t: char, ilp: bool) -> &'static str {
    match f.ret {
        Ret::None => "void",
        Ret::Real => c_elem(Elem::R, t, ilp),
        Ret::Scalar => c_elem(Elem::T, t, ilp),
        Ret::Int | Ret::Logical => c_elem(Elem::Int, t, ilp),
        Ret::Other => c_elem(Elem::O, t, ilp),
    }
}

/// The C type of a `SELECT` callback (`LAPACK_D_SELECT2` and kin; the
/// `_64` ones return the ILP64 logical).
fn select_type(t: char, ilp: bool, pencil: bool) -> String {
    let args = if "sd".contains(t) { 2 } else { 1 } + usize::from(pencil);
    format!("LAPACK_{}_SELECT{args}{}", t.to_ascii_uppercase(), if ilp { "_64" } else { "" })
}

fn fortran_proto(f: &Family, t: char, name: &str, ilp: bool) -> String {
    let ty = |e| c_elem(e, t, ilp);
    let mut p: Vec<String> = f
        .args
        .iter()
        .map(|a| {
            let n = ident(&a.name);
            match &a.kind {
                Kind::Char { .. } | Kind::Byte => format!("const char *{n}"),
                Kind::Letter { .. } => format!("char *{n}"),
                Kind::Ptr { elem, intent } => {
                    format!("{}{} *{n}", if intent.writes() { "" } else { "const " }, ty(*elem))
                }
                Kind::Logical | Kind::Dim | Kind::Int | Kind::Ld | Kind::LWork { .. } | Kind::LdWork { .. } => {
                    format!("const {} *{n}", ty(Elem::Int))
                }
                Kind::Val { elem, intent }
                | Kind::Mat { elem, intent, .. }
                | Kind::Vec { elem, intent, .. }
                | Kind::Arr { elem, intent, .. } => {
                    format!("{}{} *{n}", if intent.writes() { "" } else { "const " }, ty(*elem))
                }
                Kind::Work { elem, .. } => format!("{} *{n}", ty(*elem)),
                Kind::Info => format!("{} *{n}", ty(Elem::Int)),
                Kind::Select { pencil } => format!("{} {n}", select_type(t, ilp, *pencil)),
            }
        })
        .collect();
    p.extend(
        f.args
            .iter()
            .filter(|a| matches!(a.kind, Kind::Char { .. } | Kind::Byte | Kind::Letter { .. }))
            .map(|a| format!("size_t {}_len", a.name)),
    );
    let suffix = if ilp { "_64_" } else { "_" };
    format!("{} {name}{suffix}({});", c_ret(f, t, ilp), p.join(", "))
}

fn lapacke_proto(f: &Family, t: char, name: &str, ilp: bool, work: bool) -> String {
    let ty = |e| c_elem(e, t, ilp);
    let mut p = Vec::new();
    if f.lapacke_layout() {
        p.push("int matrix_layout".to_string());
    }
    for a in &f.args {
        let n = ident(&a.name);
        if !work && f.hquery_drops(&a.name) {
            continue;
        }
        p.push(match &a.kind {
            Kind::Char { .. } | Kind::Byte => format!("char {n}"),
            Kind::Letter { .. } => format!("char *{n}"),
            Kind::Ptr { elem, intent } => {
                format!("{}{} *{n}", if intent.writes() { "" } else { "const " }, ty(*elem))
            }
            Kind::Logical | Kind::Dim | Kind::Int | Kind::Ld => format!("{} {n}", ty(Elem::Int)),
            Kind::Select { pencil } => format!("{} {n}", select_type(t, ilp, *pencil)),
            Kind::Val { elem, intent: Intent::In } => format!("{} {n}", ty(*elem)),
            Kind::Val { elem, .. } => format!("{} *{n}", ty(*elem)),
            Kind::Mat { elem, intent, .. } | Kind::Vec { elem, intent, .. } | Kind::Arr { elem, intent, .. } => {
                format!("{}{} *{n}", if intent.writes() { "" } else { "const " }, ty(*elem))
            }
            Kind::Work { elem, .. } if work => format!("{} *{n}", ty(*elem)),
            Kind::LWork { .. } | Kind::LdWork { .. } if work => format!("{} {n}", ty(Elem::Int)),
            Kind::Work { .. } | Kind::LWork { .. } | Kind::LdWork { .. } | Kind::Info => continue,
        });
    }
    if f.rpivot.is_some() && !work {
        p.push(format!("{} *rpivot", ty(Elem::R)));
    }
    for x in f.extra.iter().filter(|_| !work) {
        p.push(format!("{} *{}", ty(super::rust::work_elem(f, &x.work)), ident(&x.name)));
    }
    let ret = if f.ret == Ret::None { ty(Elem::Int) } else { c_ret(f, t, ilp) };
    let w = if work { "_work" } else { "" };
    let suffix = if ilp { "64_" } else { "" };
    format!("{ret} LAPACKE_{name}{w}{suffix}({});", p.join(", "))
}

/// `include/lapack.h`.
pub fn lapack_h(fams: &[Family]) -> String {
    let mut s = String::from(
        "/*\n * lapack.h: the Fortran LAPACK symbols ferroblas exports, generated from\n\
         * capi/lapack.spec by `cargo xtask codegen`; do not edit.\n *\n\
         * Every argument is passed by reference; each CHARACTER argument adds a\n\
         * hidden length (size_t) at the end, which ferroblas never reads (pass 1).\n\
         * The `_64_` names take 64-bit integers (ILP64).\n */\n\
         #ifndef FERROBLAS_LAPACK_H\n#define FERROBLAS_LAPACK_H\n\n#include <stddef.h>\n#include <stdint.h>\n\n",
    );
    s.push_str(super::C_TYPES);
    s.push_str("#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n");
    for f in fams {
        for ilp in [false, true] {
            for &t in &f.types {
                for name in f.fortran_names(t) {
                    writeln!(s, "{}", fortran_proto(f, t, &name, ilp)).unwrap();
                }
            }
        }
    }
    s.push_str("\n#ifdef __cplusplus\n}\n#endif\n\n#endif /* FERROBLAS_LAPACK_H */\n");
    s
}

/// The LAPACKE prototypes for `include/lapacke.h`.
pub fn lapacke_protos(fams: &[Family]) -> String {
    let mut s = String::new();
    for f in fams.iter().filter(|f| f.lapacke) {
        for ilp in [false, true] {
            for &t in &f.types {
                for name in f.lapacke_names(t) {
                    for work in [false, true] {
                        writeln!(s, "{}", lapacke_proto(f, t, &name, ilp, work)).unwrap();
                    }
                }
            }
        }
    }
    s
}

/// A C literal for a spec value of the given kind.
fn literal(kind: &Kind, v: &str) -> String {
    match kind {
        Kind::Char { .. } | Kind::Byte | Kind::Letter { .. } => format!("'{v}'"),
        _ => v.to_string(),
    }
}

/// `tests/c/generated/lapack_bad_args.c`: every illegal call the spec lists,
/// made on ferroblas and on the reference library, each expected to report
/// the spec's parameter number; ferroblas must also leave every array as it was.
pub fn bad_args_c(fams: &[Family]) -> String {
    let mut s = String::from(
        "/* Generated from capi/lapack.spec by `cargo xtask codegen`; do not edit.\n *\n\
         * usage: lapack_bad_args FERROBLAS_SO REFERENCE_LAPACK_SO [REFERENCE_TMGLIB_SO]\n\
         * Each case makes one illegal call through the Fortran ABI on both libraries\n\
         * and checks that xerbla_ (ours, below) hears the parameter number the spec\n\
         * gives, and that ferroblas wrote nothing. Link with -rdynamic -ldl.\n */\n\
         #include <dlfcn.h>\n#include <math.h>\n#include <stdint.h>\n#include <stdio.h>\n#include <string.h>\n\n\
         typedef int32_t I;\n#define BUF 8192\n#define NBUF 8\n\
         static double bufs[NBUF][BUF];\nstatic I ibufs[NBUF][BUF];\n\
         static char heard_name[64];\nstatic int heard_info, heard_calls;\n\n\
         void xerbla_(const char *name, const I *info, size_t len) {\n\
         \x20   size_t n = len < 63 ? len : 63;\n    memcpy(heard_name, name, n);\n\
         \x20   while (n > 0 && (heard_name[n - 1] == ' ' || heard_name[n - 1] == 0)) n--;\n\
         \x20   heard_name[n] = 0;\n    heard_info = *info;\n    heard_calls++;\n}\n\n\
         static void fill(void) {\n\
         \x20   for (int b = 0; b < NBUF; b++)\n        for (int i = 0; i < BUF; i++) {\n\
         \x20           bufs[b][i] = 1.0 + b + i * 0.001;\n            ibufs[b][i] = 1;\n        }\n}\n\n\
         /* A SELECT callback (`?gees`) that selects nothing; never called on a bad argument. */\n\
         static I __attribute__((unused)) select_none(const void *a, const void *b) { (void)a; (void)b; return 0; }\n\n\
         static int unchanged(void) {\n\
         \x20   for (int b = 0; b < NBUF; b++)\n        for (int i = 0; i < BUF; i++)\n\
         \x20           if (bufs[b][i] != 1.0 + b + i * 0.001 || ibufs[b][i] != 1) return 0;\n    return 1;\n}\n\n\
         typedef void (*caller)(void *fn);\n\
         struct bad_case { const char *symbol; const char *srname; int param; caller call; };\n\n",
    );
    let mut cases = Vec::new();
    // The most buffers any one call takes: NBUF is written from it at the end.
    let mut most = 1;
    for f in fams.iter().filter(|f| !f.checks.is_empty()) {
        for &t in &f.types {
            for (ci, case) in f.bad.iter().enumerate() {
                let sym = format!("{}_", f.name(t));
                let fname = format!("call_{}_{ci}", f.name(t));
                let mut decl = String::new();
                let (mut params, mut args, mut lens) = (Vec::new(), Vec::new(), Vec::new());
                let (mut nb, mut ni) = (0, 0);
                for a in &f.args {
                    let n = ident(&a.name);
                    let v = case
                        .iter()
                        .find(|(k, _)| *k == a.name)
                        .or_else(|| f.valid.iter().find(|(k, _)| *k == a.name))
                        .map(|(_, v)| v.clone());
                    match &a.kind {
                        Kind::Char { .. } | Kind::Byte | Kind::Letter { .. } => {
                            let v = v.unwrap_or_else(|| "N".into());
                            writeln!(decl, "    char {n} = {};", literal(&a.kind, &v)).unwrap();
                            params.push("const char *".to_string());
                            args.push(format!("&{n}"));
                            lens.push("1".to_string());
                        }
                        Kind::Logical
                        | Kind::Dim
                        | Kind::Int
                        | Kind::Ld
                        | Kind::LWork { .. }
                        | Kind::LdWork { .. }
                        | Kind::Val { elem: Elem::Int, .. } => {
                            let v = v.unwrap_or_else(|| match a.kind {
                                Kind::Dim | Kind::Ld => "3".into(),
                                _ => "1".into(),
                            });
                            writeln!(decl, "    I {n} = {v};").unwrap();
                            params.push("I *".into());
                            args.push(format!("&{n}"));
                        }
                        Kind::Val { .. } => {
                            let v = v.unwrap_or_else(|| "1".into());
                            let real = if "sc".contains(t) { "float" } else { "double" };
                            writeln!(decl, "    {real} {n}[2] = {{{v}, 0}};").unwrap();
                            params.push("void *".into());
                            args.push(n.to_string());
                        }
                        Kind::Mat { elem: Elem::Int, .. } | Kind::Arr { elem: Elem::Int, .. } => {
                            params.push("void *".into());
                            args.push(format!("ibufs[{ni}]"));
                            ni += 1;
                        }
                        Kind::Mat { .. }
                        | Kind::Vec { .. }
                        | Kind::Arr { .. }
                        | Kind::Work { .. }
                        | Kind::Ptr { .. } => {
                            params.push("void *".into());
                            args.push(format!("bufs[{nb}]"));
                            nb += 1;
                        }
                        Kind::Select { .. } => {
                            params.push("void *".into());
                            args.push("(void *)select_none".into());
                        }
                        Kind::Info => {
                            writeln!(decl, "    I {n} = 0;").unwrap();
                            params.push("I *".into());
                            args.push(format!("&{n}"));
                        }
                    }
                }
                most = most.max(nb).max(ni);
                params.extend(lens.iter().map(|_| "size_t".to_string()));
                args.extend(lens);
                writeln!(
                    s,
                    "static void {fname}(void *fn) {{\n{decl}    ((void (*)({}))fn)({});\n}}\n",
                    params.join(", "),
                    args.join(", ")
                )
                .unwrap();
                let param = f.position(&case[0].0).unwrap();
                cases.push(format!("    {{\"{sym}\", \"{}\", {param}, {fname}}},", f.xerbla_name(f.name(t))));
            }
        }
    }
    writeln!(s, "static const struct bad_case cases[] = {{\n{}\n}};\n", cases.join("\n")).unwrap();
    let mut s = s.replacen("#define NBUF 8\n", &format!("#define NBUF {most}\n"), 1);
    s.push_str(
        "/* The symbol from the first library that has it (the reference is LAPACK plus tmglib). */\n\
         static void *lookup(void *const *libs, int nlibs, const char *symbol) {\n\
         \x20   for (int i = 0; i < nlibs; i++) {\n\
         \x20       void *fn = dlsym(libs[i], symbol);\n\
         \x20       if (fn) return fn;\n    }\n    return NULL;\n}\n\n\
         static int run(void *const *libs, int nlibs, const char *which, const struct bad_case *c, int check_writes) {\n\
         \x20   void *fn = lookup(libs, nlibs, c->symbol);\n\
         \x20   if (!fn) { printf(\"FAIL %s: %s does not export %s\\n\", c->symbol, which, c->symbol); return 1; }\n\
         \x20   fill();\n    heard_calls = 0;\n    heard_info = 0;\n    heard_name[0] = 0;\n    c->call(fn);\n\
         \x20   int bad = heard_calls != 1 || heard_info != c->param || strcmp(heard_name, c->srname) != 0;\n\
         \x20   if (bad)\n\
         \x20       printf(\"FAIL %s on %s: expected %s parameter %d, heard %d call(s), last %s %d\\n\", c->symbol, which,\n\
         \x20              c->srname, c->param, heard_calls, heard_name, heard_info);\n\
         \x20   if (check_writes && !unchanged()) {\n\
         \x20       printf(\"FAIL %s on %s: wrote to an array on a bad argument\\n\", c->symbol, which);\n        bad = 1;\n    }\n\
         \x20   return bad;\n}\n\n\
         int main(int argc, char **argv) {\n\
         \x20   if (argc < 3 || argc > 6) { fprintf(stderr, \"usage: %s FERROBLAS_SO REFERENCE_SO...\\n\", argv[0]); return 2; }\n\
         \x20   void *ours = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);\n\
         \x20   void *refs[4];\n\
         \x20   int nrefs = argc - 2;\n\
         \x20   for (int i = 0; i < nrefs; i++) {\n\
         \x20       refs[i] = dlopen(argv[2 + i], RTLD_NOW | RTLD_LOCAL);\n\
         \x20       if (!refs[i]) { fprintf(stderr, \"dlopen: %s\\n\", dlerror()); return 2; }\n    }\n\
         \x20   if (!ours) { fprintf(stderr, \"dlopen: %s\\n\", dlerror()); return 2; }\n\
         \x20   int n = sizeof cases / sizeof cases[0], failed = 0;\n\
         \x20   for (int i = 0; i < n; i++) {\n\
         \x20       failed += run(&ours, 1, \"ferroblas\", &cases[i], 1);\n\
         \x20       failed += run(refs, nrefs, \"reference\", &cases[i], 0);\n    }\n\
         \x20   printf(\"lapack_bad_args: %d cases, each on ferroblas and the reference: %d failures\\n\", n, failed);\n\
         \x20   return failed != 0;\n}\n",
    );
    s
}
