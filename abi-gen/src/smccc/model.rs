//! The typed model of an SMCCC definitions file (`crates/arm64-uapi/defs/smccc`).

/// A named constant (`Value NAME value [linux=M]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Value {
    /// Line of the directive.
    pub line: u32,
    /// Name (Rust spelling base).
    pub name: String,
    /// The value.
    pub value: i64,
    /// Linux macro name, if Linux has one.
    pub linux: Option<String>,
}

/// An owning entity number (`Owner NAME oen [last=oen] [linux=M]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Owner {
    /// Line of the directive.
    pub line: u32,
    /// Name.
    pub name: String,
    /// First OEN.
    pub oen: u8,
    /// Last OEN of a range.
    pub last: Option<u8>,
    /// Linux macro name.
    pub linux: Option<String>,
}

/// One return code of a namespace.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RetCode {
    /// Line of the code.
    pub line: u32,
    /// The value (negative for errors).
    pub value: i64,
    /// Name.
    pub name: String,
    /// Linux macro name.
    pub linux: Option<String>,
}

/// A return-code namespace (`Returns NS` … `EndReturns`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Returns {
    /// Line of `Returns`.
    pub line: u32,
    /// Namespace name.
    pub name: String,
    /// Codes in file order.
    pub codes: Vec<RetCode>,
}

/// The forms of a function's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Forms {
    /// SMC32/HVC32 only.
    Smc32,
    /// SMC64/HVC64 only.
    Smc64,
    /// Both widths.
    Both,
    /// Not an SMCCC id: service base + number.
    Raw,
}

impl Forms {
    /// The text used in the definitions file.
    pub fn as_str(self) -> &'static str {
        match self {
            Forms::Smc32 => "32",
            Forms::Smc64 => "64",
            Forms::Both => "32+64",
            Forms::Raw => "raw",
        }
    }
}

/// One form (width) of a function id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// SMC32/HVC32.
    Smc32,
    /// SMC64/HVC64.
    Smc64,
    /// Not an SMCCC id.
    Raw,
}

/// A function of a service (`Function` or `Mitigation`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Function {
    /// Line of the directive.
    pub line: u32,
    /// Name.
    pub name: String,
    /// Function number (bits 15:0), or the offset from a raw service's base.
    pub number: u32,
    /// Forms.
    pub forms: Forms,
    /// Spec version that introduced it.
    pub since: String,
    /// For a `Mitigation`: the CVEs it addresses (non-empty).
    pub cves: Option<Vec<String>>,
    /// Linux name of a single-form id.
    pub linux: Option<String>,
    /// Linux name of the SMC32 id.
    pub linux32: Option<String>,
    /// Linux name of the SMC64 id.
    pub linux64: Option<String>,
    /// Linux name of the function number.
    pub linuxnum: Option<String>,
    /// A yielding (standard) call rather than a fast call.
    pub yielding: bool,
}

impl Function {
    /// True for a `Mitigation`.
    pub fn is_mitigation(&self) -> bool {
        self.cves.is_some()
    }

    /// The forms as a list.
    pub fn form_list(&self) -> &'static [Form] {
        match self.forms {
            Forms::Smc32 => &[Form::Smc32],
            Forms::Smc64 => &[Form::Smc64],
            Forms::Both => &[Form::Smc32, Form::Smc64],
            Forms::Raw => &[Form::Raw],
        }
    }

    /// The Linux name of the id in `form`.
    pub fn linux_name(&self, form: Form) -> Option<&str> {
        let specific = match form {
            Form::Smc32 => self.linux32.as_deref(),
            Form::Smc64 => self.linux64.as_deref(),
            Form::Raw => None,
        };
        specific.or(if self.forms == Forms::Both {
            None
        } else {
            self.linux.as_deref()
        })
    }

    /// The name of one form: `NAME` for single-form functions, `NAME_32`/`NAME_64` otherwise.
    pub fn form_name(&self, form: Form) -> String {
        match (self.forms, form) {
            (Forms::Both, Form::Smc32) => format!("{}_32", self.name),
            (Forms::Both, Form::Smc64) => format!("{}_64", self.name),
            _ => self.name.clone(),
        }
    }
}

/// How a service's ids are formed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdBase {
    /// SMCCC ids of the named owner.
    Owner(String),
    /// Raw ids: base + number.
    Raw(u32),
}

/// A member of a service, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Member {
    /// A function or mitigation.
    Function(Function),
    /// A related constant.
    Value(Value),
}

/// A service (`Service` … `EndService`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Service {
    /// Line of `Service`.
    pub line: u32,
    /// Name.
    pub name: String,
    /// How ids are formed.
    pub base: IdBase,
    /// Return-code namespace.
    pub returns: String,
    /// Specification document.
    pub spec: String,
    /// Functions and values in file order.
    pub members: Vec<Member>,
}

impl Service {
    /// The functions, in file order.
    pub fn functions(&self) -> impl Iterator<Item = &Function> {
        self.members.iter().filter_map(|m| match m {
            Member::Function(f) => Some(f),
            Member::Value(_) => None,
        })
    }

    /// The values, in file order.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.members.iter().filter_map(|m| match m {
            Member::Value(v) => Some(v),
            Member::Function(_) => None,
        })
    }
}

/// A top-level entry, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Entry {
    /// `Value`.
    Value(Value),
    /// `Owner`.
    Owner(Owner),
    /// `Returns` block.
    Returns(Returns),
    /// `Service` block.
    Service(Service),
}

/// The function-id layout read from the file's top-level values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdLayout {
    /// `TYPE_SHIFT` (31).
    pub type_shift: u32,
    /// `FAST_CALL` (1).
    pub fast_call: u32,
    /// `STD_CALL` (0).
    pub std_call: u32,
    /// `CALL_CONV_SHIFT` (30).
    pub conv_shift: u32,
    /// `SMC_32` (0).
    pub smc_32: u32,
    /// `SMC_64` (1).
    pub smc_64: u32,
    /// `OWNER_SHIFT` (24).
    pub owner_shift: u32,
}

/// The top-level value names the id layout is read from.
pub const LAYOUT_VALUES: [&str; 7] = [
    "TYPE_SHIFT",
    "FAST_CALL",
    "STD_CALL",
    "CALL_CONV_SHIFT",
    "SMC_32",
    "SMC_64",
    "OWNER_SHIFT",
];

/// One resolved function id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedId<'a> {
    /// The 32-bit id.
    pub id: u32,
    /// Its form.
    pub form: Form,
    /// The service.
    pub service: &'a Service,
    /// The function.
    pub function: &'a Function,
}

/// A whole SMCCC definitions file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct SmcccFile {
    /// Entries in file order.
    pub entries: Vec<Entry>,
}

impl SmcccFile {
    /// Top-level values.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Value(v) => Some(v),
            _ => None,
        })
    }

    /// Owners.
    pub fn owners(&self) -> impl Iterator<Item = &Owner> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Owner(o) => Some(o),
            _ => None,
        })
    }

    /// Return-code namespaces.
    pub fn returns(&self) -> impl Iterator<Item = &Returns> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Returns(r) => Some(r),
            _ => None,
        })
    }

    /// Services.
    pub fn services(&self) -> impl Iterator<Item = &Service> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Service(s) => Some(s),
            _ => None,
        })
    }

    /// The owner named `name`.
    pub fn owner(&self, name: &str) -> Option<&Owner> {
        self.owners().find(|o| o.name == name)
    }

    /// The top-level value named `name`.
    pub fn value(&self, name: &str) -> Option<i64> {
        self.values().find(|v| v.name == name).map(|v| v.value)
    }

    /// The id layout, if every layout value is present and in range.
    pub fn layout(&self) -> Option<IdLayout> {
        let get = |n: &str| self.value(n).and_then(|v| u32::try_from(v).ok());
        Some(IdLayout {
            type_shift: get("TYPE_SHIFT").filter(|v| *v < 32)?,
            fast_call: get("FAST_CALL")?,
            std_call: get("STD_CALL")?,
            conv_shift: get("CALL_CONV_SHIFT").filter(|v| *v < 32)?,
            smc_32: get("SMC_32")?,
            smc_64: get("SMC_64")?,
            owner_shift: get("OWNER_SHIFT").filter(|v| *v < 32)?,
        })
    }

    /// The 32-bit id of `f` in `form` within `service` (None if it cannot be formed).
    pub fn id_of(&self, service: &Service, f: &Function, form: Form) -> Option<u32> {
        match (&service.base, form) {
            (IdBase::Raw(base), Form::Raw) => base.checked_add(f.number),
            (IdBase::Owner(owner), Form::Smc32 | Form::Smc64) => {
                let l = self.layout()?;
                let oen = u32::from(self.owner(owner)?.oen);
                let ty = if f.yielding { l.std_call } else { l.fast_call };
                let conv = if form == Form::Smc64 {
                    l.smc_64
                } else {
                    l.smc_32
                };
                Some(
                    ty.checked_shl(l.type_shift)?
                        | conv.checked_shl(l.conv_shift)?
                        | oen.checked_shl(l.owner_shift)?
                        | f.number,
                )
            }
            _ => None,
        }
    }

    /// Every function id, in file order.
    pub fn ids(&self) -> Vec<ResolvedId<'_>> {
        let mut out = Vec::new();
        for s in self.services() {
            for f in s.functions() {
                for &form in f.form_list() {
                    if let Some(id) = self.id_of(s, f, form) {
                        out.push(ResolvedId {
                            id,
                            form,
                            service: s,
                            function: f,
                        });
                    }
                }
            }
        }
        out
    }

    /// Counts for reports.
    pub fn stats(&self) -> SmcccStats {
        let mut s = SmcccStats::default();
        for svc in self.services() {
            s.services = s.services.saturating_add(1);
            for f in svc.functions() {
                s.functions = s.functions.saturating_add(1);
                s.ids = s.ids.saturating_add(f.form_list().len());
                if f.is_mitigation() {
                    s.mitigations = s.mitigations.saturating_add(1);
                }
            }
        }
        s.return_codes = self.returns().map(|r| r.codes.len()).sum();
        s
    }
}

/// Sizes of an SMCCC definitions file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SmcccStats {
    /// Services.
    pub services: usize,
    /// Functions (a function with two forms counts once).
    pub functions: usize,
    /// Function ids (forms counted).
    pub ids: usize,
    /// Mitigation calls.
    pub mitigations: usize,
    /// Return codes over all namespaces.
    pub return_codes: usize,
}
