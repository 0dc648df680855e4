//! Which variables a message uses, read from Fluent's syntax tree: the
//! catalog tests, and natively the built-in messages and a policy's own
//! wording of one ([`crate::policy::Overrides`]), read them the same way.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeSet;

/// Each message of `source` (Fluent syntax) with the variables its value
/// uses, in the order written; `None` when any part of it does not parse.
pub fn of_catalog(source: &str) -> Option<Vec<(String, BTreeSet<String>)>> {
    let resource = fluent_syntax::parser::parse(source).ok()?;
    let mut out = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                of_pattern(value, &mut vars);
            }
            out.push((message.id.name.to_owned(), vars));
        }
    }
    Some(out)
}

/// Adds the variables `pattern` uses to `out`.
pub fn of_pattern(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            of_expression(expression, out);
        }
    }
}

fn of_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => of_expression(expression, out),
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        }
        | InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                of_inline(p, out);
            }
            for n in &arguments.named {
                of_inline(&n.value, out);
            }
        }
        _ => {}
    }
}

fn of_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            of_inline(selector, out);
            for variant in variants {
                of_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => of_inline(inline, out),
    }
}
