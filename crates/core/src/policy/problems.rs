//! What a policy's author is told: the problems that refuse a policy, and
//! the warnings that let it be used.

use crate::label::thousands;
use std::fmt;

/// Something in a policy that the loader ignored: the policy still works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyWarning {
    /// Where, e.g. `windows.cuont`.
    pub path: String,
    /// What is odd about it, e.g. ``unknown key; did you mean `count`?``.
    pub message: String,
}

impl fmt::Display for PolicyWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "`{}`: {}", self.path, self.message)
        }
    }
}

/// One thing wrong with a policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyProblem {
    /// Where, e.g. `windows.count`.
    pub path: String,
    /// What was expected there.
    pub expected: String,
    /// What was found.
    pub found: String,
}

/// Every problem found in a policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyError {
    /// The policy's id if it could be read, else `(unnamed policy)`.
    pub policy: String,
    /// What is wrong, in document order (at most [`limits::PROBLEMS_LISTED`](crate::limits::PROBLEMS_LISTED)).
    pub problems: Vec<PolicyProblem>,
    /// How many more problems there are beyond those listed.
    pub more: usize,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len() + self.more;
        write!(
            f,
            "The policy “{}” cannot be used: {} problem{}",
            self.policy,
            thousands(n),
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(
                f,
                "\n- {}: expected {}, found {}",
                p.path, p.expected, p.found
            )?;
        }
        if self.more > 0 {
            write!(f, "\n- … and {} more", thousands(self.more))?;
        }
        Ok(())
    }
}

impl std::error::Error for PolicyError {}
