//! Field paths (`owner.type`, `scope[2]`, `[3].owner.id`) built on the
//! stack as the reader descends, and turned into text only for an error.

/// One step of a path, linked to the step above it.
#[derive(Clone, Copy)]
pub(crate) struct Loc<'p> {
    parent: Option<&'p Loc<'p>>,
    step: Step<'p>,
}

#[derive(Clone, Copy)]
enum Step<'p> {
    Root,
    Key(&'p str),
    Index(usize),
}

/// The document itself: errors there name no field.
pub(crate) static ROOT: Loc<'static> = Loc {
    parent: None,
    step: Step::Root,
};

/// A standalone owner: its fields are named as in a response (`owner.type`).
pub(crate) static OWNER: Loc<'static> = Loc {
    parent: Some(&ROOT),
    step: Step::Key("owner"),
};

impl<'p> Loc<'p> {
    /// The member `key` of the object at this path.
    pub(crate) fn key(&'p self, key: &'p str) -> Loc<'p> {
        Loc {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    /// The item `index` of the array at this path.
    pub(crate) fn index(&'p self, index: usize) -> Loc<'p> {
        Loc {
            parent: Some(self),
            step: Step::Index(index),
        }
    }

    /// The path as text, or `None` for the document itself. Keys from the
    /// input are escaped, so the path stays one readable line.
    pub(crate) fn render(&self) -> Option<String> {
        let mut out = self.parent.and_then(Loc::render).unwrap_or_default();
        match self.step {
            Step::Root => {}
            Step::Key(key) if out.is_empty() => out.extend(key.escape_debug()),
            Step::Key(key) => out.extend(std::iter::once('.').chain(key.escape_debug())),
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
        (!out.is_empty()).then_some(out)
    }
}
