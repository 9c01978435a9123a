"""The subset of KQL (Kusto Query Language) the emulated Resource Graph runs, parsed and evaluated over plain rows.

Supported (docs/emulator.md, "Resource Graph"): one table, `resources`, then any number of
`| where <condition>`, `| mv-expand [Name =] <path>`, `| extend Name = <expr>, ...`,
`| project Column, Name = <expr>, ...`, `| order by <path> [asc|desc], ...` (also `sort by`),
`| limit N` / `| take N`.
Conditions: `==`, `!=`, `=~`, `!~`, `has`, `in`, `in~` (with a parenthesised list of literals), `and`, `or`,
parentheses. Expressions: column paths (`properties.privateEndpointConnections`, `tags['env']`, `tags.env`),
'single' or "double" quoted strings, integers, `true`/`false`/`null`.
Anything else raises KqlError, which the Resource Graph route turns into Resource Graph's 400 answer.

Kusto's rules kept here: column names and property names are case-sensitive; `==` compares strings exactly,
`=~` and `in~` ignore case; `has` matches a whole term, ignoring case; `order by` sorts descending unless told
(nulls last when descending, first when ascending). mv-expand of an empty array or null keeps the row with a null
value (our reading of Kusto's documentation: "zero, one or many records"; no recording shows it).
"""
import re

TABLES = ("resources",)
_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<number>\d+)
  | (?P<word>mv-expand|[A-Za-z_][A-Za-z0-9_]*)
  | (?P<symbol>==|=~|!=|!~|[|(),.\[\]=~])
""", re.VERBOSE)


class KqlError(Exception):
    """A query outside the subset, or malformed. ``code``: Resource Graph's detail code; ``position``: 0-based."""

    def __init__(self, code, message, position=None, token=None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.position = position
        self.token = token


def _unquote(text):
    body = text[1:-1]
    return re.sub(r"\\(.)", r"\1", body)


def tokenize(query):
    tokens = []
    position = 0
    while position < len(query):
        match = _TOKEN.match(query, position)
        if match is None:
            raise KqlError("ParserFailure", "ParserFailure: unexpected character %r" % query[position],
                           position, query[position])
        kind = match.lastgroup
        if kind != "space":
            tokens.append((kind, match.group(), match.start()))
        position = match.end()
    tokens.append(("end", "", len(query)))
    return tokens


class _Parser:
    def __init__(self, query):
        self.tokens = tokenize(query)
        self.index = 0

    # --- tokens
    def peek(self, offset=0):
        return self.tokens[min(self.index + offset, len(self.tokens) - 1)]

    def take(self):
        token = self.tokens[self.index]
        self.index = min(self.index + 1, len(self.tokens) - 1)
        return token

    def fail(self, what, token=None):
        kind, text, position = token or self.peek()
        found = "the end of the query" if kind == "end" else repr(text)
        return KqlError("ParserFailure", "ParserFailure: expected %s, found %s" % (what, found), position, text)

    def is_word(self, *words):
        kind, text, _position = self.peek()
        return kind == "word" and text.lower() in words

    def is_symbol(self, *symbols):
        kind, text, _position = self.peek()
        return kind == "symbol" and text in symbols

    def expect_symbol(self, symbol):
        if not self.is_symbol(symbol):
            raise self.fail("'%s'" % symbol)
        return self.take()

    def expect_name(self):
        kind, text, _position = self.peek()
        if kind != "word" or text.lower() == "mv-expand":
            raise self.fail("a name")
        self.take()
        return text

    # --- the query
    def query(self):
        kind, text, position = self.take()
        if kind != "word":
            raise self.fail("a table name", (kind, text, position))
        if text.lower() not in TABLES:
            raise KqlError("UnsupportedTable", "Table '%s' is not served by the emulator; the table is 'resources'."
                           % text, position, text)
        operators = []
        while self.is_symbol("|"):
            self.take()
            operators.append(self.operator())
        if self.peek()[0] != "end":
            raise self.fail("'|' or the end of the query")
        return operators

    def operator(self):
        kind, text, position = self.take()
        word = text.lower() if kind == "word" else None
        if word == "where":
            return ("where", self.condition())
        if word == "mv-expand":
            return ("mv-expand",) + self.assignment(optional_name=True)
        if word == "extend":
            return ("extend", self.assignments())
        if word == "project":
            return ("project", self.assignments(optional_name=True))
        if word in ("order", "sort"):
            if not self.is_word("by"):
                raise self.fail("'by'")
            self.take()
            return ("order", self.sort_keys())
        if word in ("limit", "take"):
            kind, count, _at = self.peek()
            if kind != "number":
                raise self.fail("a number of rows")
            self.take()
            return ("limit", int(count))
        raise KqlError("UnsupportedOperator",
                       "The operator %r is not in the emulator's subset of KQL (where, mv-expand, extend, project, "
                       "order by, sort by, limit, take)." % text, position, text)

    def assignments(self, optional_name=False):
        found = [self.assignment(optional_name)]
        while self.is_symbol(","):
            self.take()
            found.append(self.assignment(optional_name))
        return found

    def assignment(self, optional_name=False):
        """``Name = expr`` (or, when ``optional_name``, a bare path named after its last step)."""
        if self.peek()[0] == "word" and self.peek(1)[0] == "symbol" and self.peek(1)[1] == "=":
            name = self.expect_name()
            self.take()
            return name, self.operand()
        if not optional_name:
            raise self.fail("Name = expression")
        expression = self.operand()
        if expression[0] != "path":
            raise self.fail("a column or Name = expression")
        return _last_step(expression), expression

    def sort_keys(self):
        keys = []
        while True:
            expression = self.operand()
            descending = True
            if self.is_word("asc", "desc"):
                descending = self.take()[1].lower() == "desc"
            keys.append((expression, descending))
            if not self.is_symbol(","):
                return keys
            self.take()

    # --- conditions and expressions
    def condition(self):
        left = self.conjunction()
        while self.is_word("or"):
            self.take()
            left = ("or", left, self.conjunction())
        return left

    def conjunction(self):
        left = self.comparison()
        while self.is_word("and"):
            self.take()
            left = ("and", left, self.comparison())
        return left

    def comparison(self):
        if self.is_symbol("("):
            self.take()
            inner = self.condition()
            self.expect_symbol(")")
            return inner
        left = self.operand()
        if self.is_symbol("==", "!=", "=~", "!~"):
            return (self.take()[1], left, self.operand())
        if self.is_word("has"):
            self.take()
            return ("has", left, self.operand())
        if self.is_word("in"):
            self.take()
            operator = "in"
            if self.is_symbol("~"):
                self.take()
                operator = "in~"
            return (operator, left, self.literal_list())
        if left[0] == "literal" and isinstance(left[1], bool):
            return left
        kind, text, position = self.peek()
        if kind == "word":
            raise KqlError("UnsupportedOperator",
                           "The comparison %r is not in the emulator's subset of KQL (==, !=, =~, !~, has, in, in~)."
                           % text, position, text)
        raise self.fail("a comparison (==, !=, =~, !~, has, in, in~)")

    def literal_list(self):
        self.expect_symbol("(")
        values = [self.literal()]
        while self.is_symbol(","):
            self.take()
            values.append(self.literal())
        self.expect_symbol(")")
        return values

    def literal(self):
        expression = self.operand()
        if expression[0] != "literal":
            raise self.fail("a literal value")
        return expression[1]

    def operand(self):
        kind, text, position = self.peek()
        if kind == "string":
            self.take()
            return ("literal", _unquote(text))
        if kind == "number":
            self.take()
            return ("literal", int(text))
        if kind == "word" and text in ("true", "false", "null"):
            self.take()
            return ("literal", {"true": True, "false": False, "null": None}[text])
        if kind != "word" or text.lower() == "mv-expand":
            raise self.fail("a column, a string or a number")
        if self.peek(1)[0] == "symbol" and self.peek(1)[1] == "(":
            raise KqlError("UnsupportedFunction", "The function %r is not in the emulator's subset of KQL." % text,
                           position, text)
        self.take()
        steps = [text]
        while True:
            if self.is_symbol("."):
                self.take()
                steps.append(self.expect_name())
            elif self.is_symbol("["):
                self.take()
                kind, key, _at = self.take()
                if kind == "string":
                    steps.append(_unquote(key))
                elif kind == "number":
                    steps.append(int(key))
                else:
                    raise self.fail("a quoted property name or an index")
                self.expect_symbol("]")
            else:
                return ("path", tuple(steps), position)


def _last_step(path_expression):
    steps = [step for step in path_expression[1] if isinstance(step, str)]
    return steps[-1]


def parse(query):
    """The operators of ``query`` (KqlError when it is outside the subset or malformed)."""
    if not isinstance(query, str) or not query.strip():
        raise KqlError("ParserFailure", "ParserFailure: the query is empty", 0, "")
    return _Parser(query).query()


# --- evaluation ---------------------------------------------------------------------------------------------------
def _value(expression, row):
    if expression[0] == "literal":
        return expression[1]
    steps, position = expression[1], expression[2]
    if steps[0] not in row:
        raise KqlError("FailedToResolveScalarExpression",
                       "Failed to resolve scalar expression named '%s'" % steps[0], position, steps[0])
    value = row[steps[0]]
    for step in steps[1:]:
        if isinstance(step, int):
            value = value[step] if isinstance(value, list) and -len(value) <= step < len(value) else None
        else:
            value = value.get(step) if isinstance(value, dict) else None
    return value


def _text(value):
    return "" if value is None else (str(value).lower() if isinstance(value, bool) else str(value))


def _has(value, term):
    term = _text(term)
    if not term:
        return True
    return re.search(r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(term), _text(value), re.IGNORECASE) is not None


def _holds(condition, row):
    operator = condition[0]
    if operator == "literal":
        return bool(condition[1])
    if operator == "and":
        return _holds(condition[1], row) and _holds(condition[2], row)
    if operator == "or":
        return _holds(condition[1], row) or _holds(condition[2], row)
    left = _value(condition[1], row)
    if operator in ("in", "in~"):
        if left is None:
            return False
        if operator == "in":
            return any(left == value for value in condition[2])
        return any(_text(left).lower() == _text(value).lower() for value in condition[2])
    right = _value(condition[2], row)
    if operator == "has":
        return _has(left, right)
    if left is None or right is None:
        return (operator in ("!=", "!~")) != (left is None and right is None)
    if operator == "==":
        return left == right
    if operator == "!=":
        return left != right
    equal = _text(left).lower() == _text(right).lower()
    return equal if operator == "=~" else not equal


def _expand(rows, name, expression):
    expanded = []
    for row in rows:
        value = _value(expression, row)
        if isinstance(value, dict):
            items = [{key: item} for key, item in value.items()]
        elif isinstance(value, list):
            items = list(value)
        else:
            items = [value]
        for item in items or [None]:
            expanded.append(dict(row, **{name: item}))
    return expanded


def _sort_key(value):
    if value is None:
        return (0, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value)
    return (2, _text(value))


def _order(rows, keys):
    ordered = list(rows)
    for expression, descending in reversed(keys):
        ordered.sort(key=lambda row: _sort_key(_value(expression, row)), reverse=descending)
    return ordered


def run(operators, rows):
    """The rows ``operators`` (from ``parse``) make of ``rows`` (a list of dicts, left unchanged)."""
    for operator in operators:
        kind = operator[0]
        if kind == "where":
            rows = [row for row in rows if _holds(operator[1], row)]
        elif kind == "mv-expand":
            rows = _expand(rows, operator[1], operator[2])
        elif kind == "extend":
            rows = [dict(row, **{name: _value(expression, row) for name, expression in operator[1]}) for row in rows]
        elif kind == "project":
            rows = [{name: _value(expression, row) for name, expression in operator[1]} for row in rows]
        elif kind == "order":
            rows = _order(rows, operator[1])
        elif kind == "limit":
            rows = rows[:operator[1]]
    return rows


def query(text, rows):
    """Parse and run ``text`` over ``rows``."""
    return run(parse(text), rows)
