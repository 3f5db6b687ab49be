//! The LAPACK spec (`capi/lapack.spec`): its data model and parser.
//!
//! One declaration per routine family: a header line, then one indented line
//! per argument in Fortran order (which is the INFO numbering), then the
//! checks in the reference's order and the call of the generic routine.
//!
//! ```text
//! family lascl sdcz lapacke
//!   doc Multiplies a matrix by cto/cfrom without over- or underflow.
//!   kind  char MatrixKind
//!   kl    int
//!   ...
//!   a     mat T inout ge(rt_rows, n) lda
//!   lda   ld
//!   info  info
//!   check kind  kind.is_none()
//!   call  aux::matrix::lascl(kind, kl as usize, ku as usize, cfrom, cto, m, n, a)
//!   valid kind=G kl=0 ku=0 cfrom=1 cto=2 m=3 n=3 lda=3
//!   bad   kind=X
//!   bad   kl=-1 kind=B
//! ```
//!
//! Header options: `-> real|scalar|int|logical` (a function's value),
//! `names=a,b,..` (symbol stems per precision when they are not the
//! precision letter + stem), `lapacke` (generate the LAPACKE pair), `pair`
//! (a conversion between precisions: element type `O` is the other one),
//! `also=a,b,..` (more Fortran symbol stems with the same arguments and
//! body, e.g. `getrf2` and `getf2` beside `getrf`: each gets its symbols,
//! reporting its own name, but no LAPACKE pair unless written `stem+`;
//! `real/complex`, e.g. `also=sygs2/hegs2`, names a different stem for s, d
//! than for c, z), `extra=NAME:WORK:OFFSET:LEN` (see [`Extra`]),
//! `checked` (the routine checks its own arguments, in the reference's order,
//! and returns `Err(param)`: the BLAS, whose checks CBLAS shares),
//! `layout` / `nolayout` (override whether LAPACKE takes a layout),
//! `rpivot=WORK` (high-level LAPACKE takes a last argument `rpivot` and
//! returns in it `WORK[0]`, a real workspace's first element after the
//! call: the reciprocal pivot growth of `?gesvx`, `?gbsvx`), `xerbla=NAME`
//! (the name reported to `xerbla_` in every precision, where the reference's
//! is not the routine's own: `?orbdb` reports `xORBDB`), `rowtrans=ARG`
//! (row-major LAPACKE copies nothing and passes `T` for the option letter
//! ARG, the routine's own row-major storage: `?orcsd`, `?bbcsd`, `?orbdb`),
//! `hquery=WORK:LWORK`
//! (a workspace `WORK` passed as `ptr` with its length `LWORK` an `int`,
//! because the routine answers more than one query at once: high-level
//! LAPACKE drops both, asks the `_work` form for the length with
//! `LWORK = -1` and allocates it: `?sytrf_aa_2stage`).
//!
//! Argument kinds (`T` the family's scalar, `R` its real type, `int` the ABI
//! integer):
//! - `char Enum` an option letter, `Option<Enum>` in checks, required after;
//!   `char! Enum` one whose parse never fails (`Enum::from_char -> Enum`);
//! - `logical`; `dim` (a size: `i64` in checks, `usize` after); `int` (`i64`
//!   throughout); `ld` (a leading dimension, as `dim`); `byte` (an option
//!   letter passed on unparsed); `letter out|inout` (an option letter the
//!   routine writes, e.g. `EQUED`: `&mut u8` in the call, `char *` in
//!   LAPACKE); `ptr T|R in|inout` (an array passed on as a
//!   raw pointer, for routines that build their own views);
//! - `val T|R|int in|out|inout` a scalar (by value in, `&mut` otherwise);
//! - `mat T|R in|out|inout STORAGE LD` a matrix, STORAGE one of
//!   `ge(rows, cols)`, `tri(upper, unit, rows, cols)`, `band(m, n, kl, ku)`,
//!   `packed(upper, unit, n)` (LD `-`: the routine takes a slice of
//!   `n(n+1)/2`; row-major LAPACKE packs the triangle by rows),
//!   `rfp(normal, n)` (LD `-`: rectangular full packed, `normal` when
//!   TRANSR = N; row-major LAPACKE stores the RFP array by rows)
//!   (Rust expressions over the converted arguments);
//! - `vec T|R in|out|inout N INC`; `arr T|R|int in|out|inout LEN`;
//! - `work T|R LEN` (dropped from the high-level LAPACKE call, which
//!   allocates it); `wptr T|R|int LEN` the same, passed to the call as a raw
//!   pointer (for routines whose length arguments are their own protocol:
//!   `?geqr`'s LWORK, `?trsyl3`'s LDSWORK; LEN, over the converted high-level
//!   arguments, is what high-level LAPACKE allocates); `lwork WORK OPT` the length of the workspace `WORK`
//!   (whose LEN is then written over `lwork`), where `-1` is a query: the
//!   body stores OPT (the optimal length, an expression over the converted
//!   arguments, evaluated after the checks) in `WORK[0]` and returns, and
//!   high-level LAPACKE allocates OPT elements; `ldwork WORK VALUE` the
//!   leading dimension of a two-dimensional workspace `WORK` (high-level
//!   LAPACKE drops it and passes VALUE, over the converted arguments); `info`;
//! - `fn T` an eigenvalue-selection callback (`SELECT`): a LOGICAL function
//!   of one eigenvalue of T, `(WR, WI)` by reference for the real types and
//!   `W` for the complex ones (LAPACKE's `LAPACK_D_SELECT2` /
//!   `LAPACK_Z_SELECT1`), returning an ABI integer (nonzero is true); passed
//!   to the call as a `crate::lapack_rt::Select`, never dereferenced there;
//!   `fn T pencil` one of a generalized eigenvalue (`?gges`): `(ALPHAR,
//!   ALPHAI, BETA)` / `(ALPHA, BETA)` (`LAPACK_D_SELECT3` / `LAPACK_Z_SELECT2`).
//!
//! Other lines: `doc`, `check ARG EXPR` (in the reference's order: the
//! parameter number is ARG's position), `call EXPR`, `nonan ARG` (no LAPACKE
//! NaN check of ARG), `nanif ARG EXPR` (LAPACKE checks ARG for NaN only when
//! EXPR, over the converted arguments, holds: `?ppsvx`'s AFP when FACT = F),
//! `query WORK INDEX EXPR` (a workspace query also stores EXPR in
//! `WORK[INDEX]`, 0-based: the extra answers some routines give),
//! `valid ARG=V ...` (a legal call, for the bad-argument
//! tests), `bad ARG=V [ARG=V ...]` (an illegal call: the first argument is
//! the one blamed, the others change the legal call around it; every checked
//! argument needs one).

use std::fmt;

/// Element type of an argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elem {
    /// The family's scalar.
    T,
    /// Its real type.
    R,
    /// The ABI integer.
    Int,
    /// The other precision of a conversion pair (`pair` families: d for s, s for d, z for c, c for z).
    O,
}

/// Intent of an array or scalar argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    In,
    Out,
    InOut,
}

impl Intent {
    pub fn writes(self) -> bool {
        self != Intent::In
    }
}

/// How a matrix argument is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Storage {
    /// `rows x cols`, every element meaningful.
    Ge { rows: String, cols: String },
    /// A triangle or trapezoid of `rows x cols`.
    Tri { upper: String, unit: String, rows: String, cols: String },
    /// Band storage of an `m x n` matrix, `(kl+ku+1) x n`.
    Band { m: String, n: String, kl: String, ku: String },
    /// A triangle of an `n x n` matrix in packed storage, `n(n+1)/2` elements
    /// (the leading-dimension argument is `-`): `packed(upper, unit, n)`.
    Packed { upper: String, unit: String, n: String },
    /// An `n x n` triangle in rectangular full packed storage, `n(n+1)/2`
    /// elements, TRANSR = N when `normal` (leading dimension `-`): `rfp(normal, n)`;
    /// `rfp(normal, n, unit, upper)` for a triangle whose unit diagonal the
    /// LAPACKE NaN check leaves out as the reference's does.
    Rfp { normal: String, n: String, unit: Option<(String, String)> },
}

impl Storage {
    /// Whether the storage has no leading dimension (packed, RFP): the
    /// Fortran routine takes the array as a slice of `n(n+1)/2` elements.
    pub fn flat(&self) -> Option<&str> {
        match self {
            Storage::Packed { n, .. } | Storage::Rfp { n, .. } => Some(n),
            _ => None,
        }
    }
}

/// What an argument is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Char {
        ty: String,
        total: bool,
    },
    /// An option letter passed on as its byte (the routine parses it).
    Byte,
    /// An option letter the routine writes (`EQUED`): `&mut u8` in the call.
    Letter {
        intent: Intent,
    },
    /// An array passed on as a raw pointer (the routine builds its view).
    Ptr {
        elem: Elem,
        intent: Intent,
    },
    Logical,
    Dim,
    Int,
    Ld,
    Val {
        elem: Elem,
        intent: Intent,
    },
    Mat {
        elem: Elem,
        intent: Intent,
        storage: Storage,
        ld: String,
    },
    Vec {
        elem: Elem,
        intent: Intent,
        n: String,
        inc: String,
    },
    Arr {
        elem: Elem,
        intent: Intent,
        len: String,
    },
    /// A workspace of `len` elements; `raw` (`wptr`): passed on to the call
    /// as the raw pointer (the routine reads its own length arguments), and
    /// still dropped from high-level LAPACKE, which allocates `len`.
    Work {
        elem: Elem,
        len: String,
        raw: bool,
    },
    /// The length of a workspace whose size may be queried (`LWORK`): an
    /// integer; `-1` asks for the optimal length, `opt` (a Rust expression
    /// over the converted arguments), which is stored in `work[0]`.
    LWork {
        work: String,
        opt: String,
    },
    /// The leading dimension of a two-dimensional workspace (`LDWORK`): an
    /// integer in the Fortran and `_work` LAPACKE calls; high-level LAPACKE,
    /// which allocates the workspace, drops it and passes `value`.
    LdWork {
        work: String,
        value: String,
    },
    /// An eigenvalue-selection callback (`SELECT` of `?gees`; `pencil`: of
    /// `?gges`, one generalized eigenvalue `(ALPHAR, ALPHAI, BETA)` or
    /// `(ALPHA, BETA)`): a Fortran
    /// LOGICAL function of one eigenvalue, `(WR, WI)` by reference for the
    /// real types, `W` for the complex ones; its value is an ABI integer.
    Select {
        pencil: bool,
    },
    Info,
}

/// One argument, in Fortran order.
#[derive(Clone, Debug)]
pub struct Arg {
    pub name: String,
    pub kind: Kind,
    pub nonan: bool,
    /// `nanif ARG EXPR`: LAPACKE checks ARG for NaN only when EXPR holds.
    pub nanif: Option<String>,
}

/// What a function returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ret {
    None,
    Real,
    Scalar,
    Int,
    Logical,
    /// The other precision's real type (`pair` families: `dsdot` returns f64 for f32 data).
    Other,
}

/// A check: the argument it blames and the Rust condition that makes it illegal.
#[derive(Clone, Debug)]
pub struct Check {
    pub arg: String,
    pub expr: String,
}

/// One routine family.
#[derive(Clone, Debug)]
pub struct Family {
    pub stem: String,
    pub types: Vec<char>,
    pub names: Vec<String>,
    /// More stems sharing the family's arguments and body (`also=`).
    pub also: Vec<String>,
    /// Which `also=` stems get a LAPACKE pair too (written `stem+`).
    pub also_lapacke: Vec<bool>,
    pub ret: Ret,
    pub lapacke: bool,
    pub pair: bool,
    pub checked: bool,
    pub layout: Option<bool>,
    /// `rpivot=WORK`: high-level LAPACKE's extra output, `WORK[0]` after the call.
    pub rpivot: Option<String>,
    /// `extra=NAME:WORK:OFFSET:LEN`: high-level LAPACKE takes a last
    /// argument `NAME` (after `rpivot`) and returns in it `LEN` elements of
    /// the workspace `WORK` from `OFFSET` after the call (`?gesvd`'s `superb`,
    /// `?gesvj`'s `stat`); OFFSET and LEN are Rust expressions over the
    /// converted arguments, without spaces. Each `extra=` adds one, in order
    /// (`?gejsv`'s `stat` and `istat`). `extra=NAME:WORK:OFFSET:LEN:IN`
    /// also copies NAME's first IN elements into the workspace before the
    /// call (`?gesvj`'s `stat[0]`, the CTOL that JOBU = C reads from WORK(1)).
    pub extra: Vec<Extra>,
    /// `xerbla=NAME`: the routine name reported to `xerbla_` in every
    /// precision, where the reference reports one that is not its own.
    pub xerbla: Option<String>,
    /// `rowtrans=ARG`: the routine stores its matrices row-major itself when
    /// the option letter ARG is `T` (the CS decomposition), so row-major
    /// LAPACKE copies nothing and passes `T` for ARG, as the reference does.
    pub rowtrans: Option<String>,
    /// `hquery=WORK:LWORK`: high-level LAPACKE drops the `ptr` workspace
    /// `WORK` and its `int` length `LWORK`, and queries and allocates it.
    pub hquery: Option<(String, String)>,
    /// `query WORK INDEX EXPR` lines: a workspace query also stores EXPR
    /// (over the converted arguments) in `WORK[INDEX]` (`?gejsv`'s minimal
    /// CWORK length in CWORK(2), its IWORK length in IWORK(1)).
    pub queries: Vec<(String, usize, String)>,
    pub doc: String,
    pub args: Vec<Arg>,
    pub checks: Vec<Check>,
    pub call: String,
    pub valid: Vec<(String, String)>,
    pub bad: Vec<Vec<(String, String)>>,
    pub line: usize,
}

impl Family {
    /// Whether high-level LAPACKE drops argument `name` (an `hquery=` workspace or its length).
    pub fn hquery_drops(&self, name: &str) -> bool {
        self.hquery.as_ref().is_some_and(|(w, l)| w == name || l == name)
    }

    /// The name a symbol stem `name` of the family reports to `xerbla_`.
    pub fn xerbla_name(&self, name: &str) -> String {
        self.xerbla.clone().unwrap_or_else(|| name.to_uppercase())
    }

    /// The symbol stem of precision `t` (`dlange`), without the trailing underscore.
    pub fn name(&self, t: char) -> &str {
        let i = self.types.iter().position(|&c| c == t).expect("a precision of the family");
        &self.names[i]
    }

    /// Every LAPACKE stem of precision `t` (empty without `lapacke`): the
    /// family's name, then the `also=` stems marked `+`.
    pub fn lapacke_names(&self, t: char) -> Vec<String> {
        if !self.lapacke {
            return Vec::new();
        }
        let all = self.fortran_names(t);
        let mut v = vec![all[0].clone()];
        v.extend(all[1..].iter().zip(&self.also_lapacke).filter(|(_, &l)| l).map(|(n, _)| n.clone()));
        v
    }

    /// Every Fortran symbol stem of precision `t`: [`Family::name`], then the `also=` stems.
    pub fn fortran_names(&self, t: char) -> Vec<String> {
        let mut v = vec![self.name(t).to_string()];
        v.extend(self.also.iter().map(|a| match a.split_once('/') {
            Some((real, complex)) => format!("{t}{}", if "cz".contains(t) { complex } else { real }),
            None => format!("{t}{a}"),
        }));
        v
    }

    /// The position (1-based, Fortran order) of argument `name`.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.args.iter().position(|a| a.name == name).map(|i| i + 1)
    }

    pub fn has_info(&self) -> bool {
        self.args.iter().any(|a| a.kind == Kind::Info)
    }

    /// Whether the LAPACKE form takes a matrix layout first.
    pub fn lapacke_layout(&self) -> bool {
        self.layout.unwrap_or_else(|| self.args.iter().any(|a| matches!(a.kind, Kind::Mat { .. })))
    }
}

/// High-level LAPACKE's extra output taken from a workspace (`extra=`).
#[derive(Clone, Debug)]
pub struct Extra {
    pub name: String,
    pub work: String,
    pub offset: String,
    pub len: String,
    /// How many of NAME's leading elements go into the workspace before the call.
    pub copy_in: usize,
}

/// A parse error, with its line.
#[derive(Debug)]
pub struct SpecError {
    pub line: usize,
    pub msg: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "capi/lapack.spec:{}: {}", self.line, self.msg)
    }
}

fn err<T>(line: usize, msg: impl Into<String>) -> Result<T, SpecError> {
    Err(SpecError { line, msg: msg.into() })
}

fn elem(s: &str, line: usize) -> Result<Elem, SpecError> {
    match s {
        "T" => Ok(Elem::T),
        "R" => Ok(Elem::R),
        "int" => Ok(Elem::Int),
        "O" => Ok(Elem::O),
        _ => err(line, format!("element type `{s}` is not T, R, O or int")),
    }
}

fn intent(s: &str, line: usize) -> Result<Intent, SpecError> {
    match s {
        "in" => Ok(Intent::In),
        "out" => Ok(Intent::Out),
        "inout" => Ok(Intent::InOut),
        _ => err(line, format!("intent `{s}` is not in, out or inout")),
    }
}

/// Splits `name(a, b(c, d), e)` into `name` and its top-level arguments.
fn call_parts(s: &str, line: usize) -> Result<(String, Vec<String>), SpecError> {
    let open = s.find('(').ok_or_else(|| SpecError { line, msg: format!("`{s}` has no argument list") })?;
    if !s.ends_with(')') {
        return err(line, format!("`{s}` does not end with `)`"));
    }
    let (head, inner) = (&s[..open], &s[open + 1..s.len() - 1]);
    let mut parts = Vec::new();
    let (mut depth, mut cur) = (0i32, String::new());
    for c in inner.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        parts.push(cur.trim().to_string());
    }
    Ok((head.trim().to_string(), parts))
}

/// Takes the next whitespace-separated word of `s`.
fn word(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    let end = s.find(char::is_whitespace).unwrap_or(s.len());
    (&s[..end], s[end..].trim_start())
}

/// Takes a storage expression `kind(...)`, whose arguments may contain spaces.
fn storage_word(s: &str, line: usize) -> Result<(String, &str), SpecError> {
    let s = s.trim_start();
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Ok((s[..=i].to_string(), s[i + 1..].trim_start()));
                }
            }
            _ => {}
        }
    }
    err(line, format!("unbalanced storage `{s}`"))
}

fn parse_kind(rest: &str, line: usize) -> Result<Kind, SpecError> {
    let (k, rest) = word(rest);
    let kind = match k {
        "char" | "char!" => {
            let (ty, _) = word(rest);
            if ty.is_empty() {
                return err(line, "char needs an enum type");
            }
            Kind::Char { ty: ty.to_string(), total: k == "char!" }
        }
        "logical" => Kind::Logical,
        "byte" => Kind::Byte,
        "letter" => {
            let (i, _) = word(rest);
            match intent(i, line)? {
                Intent::In => return err(line, "an input letter is `char` or `byte`"),
                i => Kind::Letter { intent: i },
            }
        }
        "fn" => {
            let (ty, rest) = word(rest);
            if ty != "T" {
                return err(line, "fn takes the eigenvalues of T: `fn T` or `fn T pencil`");
            }
            Kind::Select { pencil: word(rest).0 == "pencil" }
        }
        "ptr" => {
            let (e, rest) = word(rest);
            let (i, _) = word(rest);
            Kind::Ptr { elem: elem(e, line)?, intent: intent(i, line)? }
        }
        "dim" => Kind::Dim,
        "int" => Kind::Int,
        "ld" => Kind::Ld,
        "info" => Kind::Info,
        "val" => {
            let (e, rest) = word(rest);
            let (i, _) = word(rest);
            Kind::Val { elem: elem(e, line)?, intent: intent(i, line)? }
        }
        "mat" => {
            let (e, rest) = word(rest);
            let (i, rest) = word(rest);
            let (st, rest) = storage_word(rest, line)?;
            let (ld, _) = word(rest);
            let (head, p) = call_parts(&st, line)?;
            let storage = match (head.as_str(), p.len()) {
                ("ge", 2) => Storage::Ge { rows: p[0].clone(), cols: p[1].clone() },
                ("tri", 4) => {
                    Storage::Tri { upper: p[0].clone(), unit: p[1].clone(), rows: p[2].clone(), cols: p[3].clone() }
                }
                ("band", 4) => Storage::Band { m: p[0].clone(), n: p[1].clone(), kl: p[2].clone(), ku: p[3].clone() },
                ("packed", 3) => Storage::Packed { upper: p[0].clone(), unit: p[1].clone(), n: p[2].clone() },
                ("rfp", 2) => Storage::Rfp { normal: p[0].clone(), n: p[1].clone(), unit: None },
                ("rfp", 4) => {
                    Storage::Rfp { normal: p[0].clone(), n: p[1].clone(), unit: Some((p[2].clone(), p[3].clone())) }
                }
                _ => return err(line, format!("unknown storage `{st}`")),
            };
            if ld.is_empty() {
                return err(line, "mat needs its leading-dimension argument");
            }
            Kind::Mat { elem: elem(e, line)?, intent: intent(i, line)?, storage, ld: ld.to_string() }
        }
        "vec" => {
            let (e, rest) = word(rest);
            let (i, rest) = word(rest);
            let (n, rest) = word(rest);
            let (inc, _) = word(rest);
            Kind::Vec { elem: elem(e, line)?, intent: intent(i, line)?, n: n.to_string(), inc: inc.to_string() }
        }
        "arr" => {
            let (e, rest) = word(rest);
            let (i, rest) = word(rest);
            Kind::Arr { elem: elem(e, line)?, intent: intent(i, line)?, len: rest.trim().to_string() }
        }
        "work" | "wptr" => {
            let (e, rest) = word(rest);
            Kind::Work { elem: elem(e, line)?, len: rest.trim().to_string(), raw: k == "wptr" }
        }
        "lwork" => {
            let (w, rest) = word(rest);
            Kind::LWork { work: w.to_string(), opt: rest.trim().to_string() }
        }
        "ldwork" => {
            let (w, rest) = word(rest);
            Kind::LdWork { work: w.to_string(), value: rest.trim().to_string() }
        }
        _ => return err(line, format!("unknown argument kind `{k}`")),
    };
    Ok(kind)
}

fn pairs(s: &str, line: usize) -> Result<Vec<(String, String)>, SpecError> {
    s.split_whitespace()
        .map(|p| match p.split_once('=') {
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None => err(line, format!("`{p}` is not ARG=VALUE")),
        })
        .collect()
}

/// Parses the whole spec.
pub fn parse(text: &str) -> Result<Vec<Family>, SpecError> {
    let mut fams: Vec<Family> = Vec::new();
    for (idx, raw) in text.lines().enumerate() {
        let line = idx + 1;
        let l = raw.split(" #").next().unwrap_or(raw);
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        if !l.starts_with(char::is_whitespace) {
            let (kw, rest) = word(l);
            if kw != "family" {
                return err(line, format!("expected `family`, found `{kw}`"));
            }
            let (stem, rest) = word(rest);
            let (types, mut rest) = word(rest);
            let types: Vec<char> = types.chars().collect();
            if types.is_empty() || !types.iter().all(|c| "sdcz".contains(*c)) {
                return err(line, "precisions must be letters of sdcz");
            }
            let mut f = Family {
                stem: stem.to_string(),
                names: types.iter().map(|t| format!("{t}{stem}")).collect(),
                also: Vec::new(),
                also_lapacke: Vec::new(),
                types,
                ret: Ret::None,
                lapacke: false,
                pair: false,
                checked: false,
                layout: None,
                rpivot: None,
                extra: Vec::new(),
                xerbla: None,
                rowtrans: None,
                hquery: None,
                queries: Vec::new(),
                doc: String::new(),
                args: Vec::new(),
                checks: Vec::new(),
                call: String::new(),
                valid: Vec::new(),
                bad: Vec::new(),
                line,
            };
            while !rest.is_empty() {
                let (w, r) = word(rest);
                rest = r;
                match w {
                    "->" => {
                        let (t, r) = word(rest);
                        rest = r;
                        f.ret = match t {
                            "real" => Ret::Real,
                            "scalar" => Ret::Scalar,
                            "int" => Ret::Int,
                            "logical" => Ret::Logical,
                            "other" => Ret::Other,
                            _ => return err(line, format!("unknown return type `{t}`")),
                        };
                    }
                    "lapacke" => f.lapacke = true,
                    "pair" => f.pair = true,
                    "checked" => f.checked = true,
                    "layout" => f.layout = Some(true),
                    "nolayout" => f.layout = Some(false),
                    _ if w.starts_with("rpivot=") => f.rpivot = Some(w["rpivot=".len()..].to_string()),
                    _ if w.starts_with("extra=") => {
                        let p: Vec<&str> = w["extra=".len()..].splitn(5, ':').collect();
                        let (&[name, work, offset, len], copy_in) = (&p[..4.min(p.len())], p.get(4)) else {
                            return err(line, "extra=NAME:WORK:OFFSET:LEN[:IN]");
                        };
                        let Ok(copy_in) = copy_in.map_or(Ok(0), |c| c.parse::<usize>()) else {
                            return err(line, "extra=NAME:WORK:OFFSET:LEN:IN, IN a count");
                        };
                        f.extra.push(Extra {
                            name: name.into(),
                            work: work.into(),
                            offset: offset.into(),
                            len: len.into(),
                            copy_in,
                        });
                    }
                    _ if w.starts_with("xerbla=") => f.xerbla = Some(w["xerbla=".len()..].to_string()),
                    _ if w.starts_with("rowtrans=") => f.rowtrans = Some(w["rowtrans=".len()..].to_string()),
                    _ if w.starts_with("hquery=") => {
                        let Some((work, lwork)) = w["hquery=".len()..].split_once(':') else {
                            return err(line, "hquery=WORK:LWORK");
                        };
                        f.hquery = Some((work.into(), lwork.into()));
                    }
                    _ if w.starts_with("also=") => {
                        let stems: Vec<&str> = w["also=".len()..].split(',').collect();
                        f.also = stems.iter().map(|a| a.trim_end_matches('+').to_string()).collect();
                        f.also_lapacke = stems.iter().map(|a| a.ends_with('+')).collect();
                    }
                    _ if w.starts_with("names=") => {
                        f.names = w["names=".len()..].split(',').map(str::to_string).collect();
                        if f.names.len() != f.types.len() {
                            return err(line, "names= needs one name per precision");
                        }
                    }
                    _ => return err(line, format!("unknown family option `{w}`")),
                }
            }
            fams.push(f);
            continue;
        }
        let Some(f) = fams.last_mut() else { return err(line, "an indented line before any family") };
        let (kw, rest) = word(l);
        match kw {
            "doc" => {
                if !f.doc.is_empty() {
                    f.doc.push(' ');
                }
                f.doc.push_str(rest.trim());
            }
            "check" => {
                let (arg, expr) = word(rest);
                f.checks.push(Check { arg: arg.to_string(), expr: expr.trim().to_string() });
            }
            "call" => f.call = rest.trim().to_string(),
            "nonan" => {
                let name = rest.trim();
                match f.args.iter_mut().find(|a| a.name == name) {
                    Some(a) => a.nonan = true,
                    None => return err(line, format!("nonan: no argument `{name}`")),
                }
            }
            "nanif" => {
                let (name, expr) = word(rest);
                match f.args.iter_mut().find(|a| a.name == name) {
                    Some(a) => a.nanif = Some(expr.trim().to_string()),
                    None => return err(line, format!("nanif: no argument `{name}`")),
                }
            }
            "query" => {
                let (work, rest) = word(rest);
                let (index, expr) = word(rest);
                let Ok(index) = index.parse::<usize>() else { return err(line, "query: WORK INDEX EXPR") };
                if !f.args.iter().any(|a| a.name == work && matches!(a.kind, Kind::Work { .. })) {
                    return err(line, format!("query: `{work}` is not a workspace argument"));
                }
                f.queries.push((work.to_string(), index, expr.trim().to_string()));
            }
            "valid" => f.valid.extend(pairs(rest, line)?),
            "bad" => f.bad.push(pairs(rest, line)?),
            name => {
                if f.args.iter().any(|a| a.name == name) {
                    return err(line, format!("argument `{name}` declared twice"));
                }
                f.args.push(Arg { name: name.to_string(), kind: parse_kind(rest, line)?, nonan: false, nanif: None });
            }
        }
    }
    for f in &fams {
        if f.call.is_empty() {
            return err(f.line, format!("family {} has no `call`", f.stem));
        }
        for c in &f.checks {
            if f.position(&c.arg).is_none() {
                return err(f.line, format!("family {}: check names unknown argument `{}`", f.stem, c.arg));
            }
        }
        for (k, _) in f.valid.iter().chain(f.bad.iter().flatten()) {
            if f.position(k).is_none() {
                return err(f.line, format!("family {}: valid/bad names unknown argument `{k}`", f.stem));
            }
        }
        for c in &f.checks {
            if !f.bad.iter().any(|case| case.first().is_some_and(|(k, _)| *k == c.arg)) {
                return err(f.line, format!("family {}: checked argument `{}` has no `bad` value", f.stem, c.arg));
            }
        }
    }
    Ok(fams)
}
