//! The tokens the parser consumes (the output of [`crate::lexer::Tokenizer`]).

use crate::ast::Span;
use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    /// One string literal (adjacent literals are separate tokens; the parser concatenates).
    Str(StrLit),
    Newline,
    Indent,
    Dedent,
    /// First token of a whole-file parse.
    StartModule,
    /// First token of an f-string replacement-field parse (`{expr}`).
    StartExpr,
    /// A `(` right after `with` whose matching `)` is followed by `:`: the parenthesized
    /// with-items form (`with (a as b, c):`), which an LR(1) grammar cannot tell apart from a
    /// parenthesized expression by itself.
    WithLpar,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters.
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    /// `!` (only meaningful inside f-strings; a parse error elsewhere).
    Exclamation,
}

/// A decoded string literal token.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string, split into literal text and replacement fields.
    FStr(Vec<FPart>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FPart {
    /// Decoded literal text and the source range it came from.
    Lit(String, Span),
    Field(FField),
}

/// One `{expr=!c:spec}` replacement field; the expression is parsed later by the parser.
#[derive(Clone, Debug, PartialEq)]
pub struct FField {
    /// Source range of the expression text (between `{` and `=`/`!`/`:`/`}`).
    pub expr: Span,
    /// For `{expr=}`: the literal text to emit before the value (expression text, `=` and the
    /// whitespace around it, exactly as written).
    pub debug_text: Option<String>,
    pub conversion: Option<char>,
    pub spec: Option<Vec<FPart>>,
    /// From the spec's `:` to the field's closing `}` (CPython's span for the spec's JoinedStr).
    pub spec_span: Span,
    /// The whole field, braces included.
    pub span: Span,
}

impl Tok {
    /// The keyword for an identifier, if it is one (soft keywords are plain names).
    pub fn keyword(name: &str) -> Option<Tok> {
        Some(match name {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// Whether this token is a keyword (used by error messages).
    pub fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            False
                | None
                | True
                | And
                | As
                | Assert
                | Async
                | Await
                | Break
                | Class
                | Continue
                | Def
                | Del
                | Elif
                | Else
                | Except
                | Finally
                | For
                | From
                | Global
                | If
                | Import
                | In
                | Is
                | Lambda
                | Nonlocal
                | Not
                | Or
                | Pass
                | Raise
                | Return
                | Try
                | While
                | With
                | Yield
        )
    }

    /// Whether a token of this kind can begin an expression.
    pub fn starts_expr(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Name(_)
                | Int(_)
                | Float(_)
                | Str(_)
                | False
                | None
                | True
                | Lambda
                | Not
                | Await
                | Lpar
                | Lsqb
                | Lbrace
                | Plus
                | Minus
                | Tilde
                | Ellipsis
        )
    }

    /// Whether a token of this kind can end an expression.
    pub fn ends_expr(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Name(_)
                | Int(_)
                | Float(_)
                | Str(_)
                | False
                | None
                | True
                | Rpar
                | Rsqb
                | Rbrace
                | Ellipsis
        )
    }
}
