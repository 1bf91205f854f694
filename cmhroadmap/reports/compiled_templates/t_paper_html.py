# Jinja's compilation of templates/paper.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'paper.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_p = resolve('p')
    l_0_blocks = missing
    try:
        t_1 = environment.filters['clean']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clean' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    def macro(l_1_items):
        t_3 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        l_2_loop = missing
        for l_2_b, l_2_loop in LoopContext(l_1_items, undefined):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_b, 'kind') == 'para'):
                pass
                t_3.append(
                    '<p>',
                )
                if environment.getattr(l_2_b, 'lead'):
                    pass
                    t_3.extend((
                        '<strong>',
                        escape(environment.finalize(environment.getattr(l_2_b, 'lead'))),
                        '</strong>',
                        escape(environment.finalize((' ' if environment.getattr(l_2_b, 'text') else cond_expr_undefined("the inline if-expression on line 5 in 'paper.html' evaluated to false and no else section was defined.")))),
                    ))
                t_3.extend((
                    escape(environment.finalize(t_1(environment.getattr(l_2_b, 'text')))),
                    '</p>\n',
                ))
            elif (environment.getattr(l_2_b, 'kind') == 'bullets'):
                pass
                t_3.extend((
                    '<',
                    escape(environment.finalize(('ol' if environment.getattr(l_2_b, 'numbered') else 'ul'))),
                    '>\n',
                ))
                for l_3_item in environment.getattr(l_2_b, 'items'):
                    _loop_vars = {}
                    pass
                    t_3.extend((
                        '<li>',
                        escape(environment.finalize(t_1(l_3_item))),
                        '</li>\n',
                    ))
                l_3_item = missing
                t_3.extend((
                    '</',
                    escape(environment.finalize(('ol' if environment.getattr(l_2_b, 'numbered') else 'ul'))),
                    '>\n',
                ))
            elif (environment.getattr(l_2_b, 'kind') == 'quote'):
                pass
                t_3.extend((
                    '<figure class="voice"><blockquote><p>',
                    escape(environment.finalize(t_1(environment.getattr(l_2_b, 'text')))),
                    '</p></blockquote><figcaption>',
                    escape(environment.finalize(t_1(environment.getattr(l_2_b, 'source')))),
                    '</figcaption></figure>\n',
                ))
            elif (environment.getattr(l_2_b, 'kind') == 'facts'):
                pass
                t_3.extend((
                    '<table class="facts">\n<caption>',
                    escape(environment.finalize(environment.getattr(l_2_b, 'caption'))),
                    '</caption>\n<tbody>\n',
                ))
                for (l_3_label, l_3_value) in environment.getattr(l_2_b, 'rows'):
                    _loop_vars = {}
                    pass
                    t_3.extend((
                        '<tr><th scope="row">',
                        escape(environment.finalize(l_3_label)),
                        '</th><td>',
                        escape(environment.finalize(t_1(l_3_value))),
                        '</td></tr>\n',
                    ))
                l_3_label = l_3_value = missing
                t_3.append(
                    '</tbody>\n</table>\n',
                )
            elif (environment.getattr(l_2_b, 'kind') == 'table'):
                pass
                t_3.extend((
                    '<table>\n<caption>',
                    escape(environment.finalize(environment.getattr(l_2_b, 'caption'))),
                    '</caption>\n',
                ))
                if environment.getattr(l_2_b, 'widths'):
                    pass
                    t_3.append(
                        '<colgroup>',
                    )
                    for l_3_w in environment.getattr(l_2_b, 'widths'):
                        _loop_vars = {}
                        pass
                        t_3.extend((
                            '<col style="width: ',
                            escape(environment.finalize(l_3_w)),
                            '%">',
                        ))
                    l_3_w = missing
                    t_3.append(
                        '</colgroup>\n',
                    )
                t_3.append(
                    '<thead><tr>',
                )
                for l_3_h in environment.getattr(l_2_b, 'header'):
                    _loop_vars = {}
                    pass
                    t_3.extend((
                        '<th scope="col">',
                        escape(environment.finalize(l_3_h)),
                        '</th>',
                    ))
                l_3_h = missing
                t_3.append(
                    '</tr></thead>\n<tbody>\n',
                )
                l_3_loop = missing
                for l_3_row, l_3_loop in LoopContext(environment.getattr(l_2_b, 'rows'), undefined):
                    _loop_vars = {}
                    pass
                    t_3.append(
                        '<tr>',
                    )
                    l_4_loop = missing
                    for l_4_cell, l_4_loop in LoopContext(l_3_row, undefined):
                        _loop_vars = {}
                        pass
                        t_3.extend((
                            '<td data-label="',
                            escape(environment.finalize(environment.getitem(environment.getattr(l_2_b, 'header'), environment.getattr(l_4_loop, 'index0')))),
                            '">',
                        ))
                        if (t_2(l_4_cell) == 1):
                            pass
                            t_3.append(
                                escape(environment.finalize(t_1(environment.getitem(l_4_cell, 0)))),
                            )
                        else:
                            pass
                            t_3.append(
                                '<ul class="cell">',
                            )
                            for l_5_line in l_4_cell:
                                _loop_vars = {}
                                pass
                                t_3.extend((
                                    '<li>',
                                    escape(environment.finalize(t_1(l_5_line))),
                                    '</li>',
                                ))
                            l_5_line = missing
                            t_3.append(
                                '</ul>',
                            )
                        t_3.append(
                            '</td>',
                        )
                    l_4_loop = l_4_cell = missing
                    t_3.append(
                        '</tr>\n',
                    )
                l_3_loop = l_3_row = missing
                t_3.append(
                    '</tbody>\n</table>\n',
                )
        l_2_loop = l_2_b = missing
        return concat(t_3)
    context.exported_vars.add('blocks')
    context.vars['blocks'] = l_0_blocks = Macro(environment, macro, 'blocks', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="author" content="'
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'author'))))
    yield '">\n<meta name="description" content="'
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'subject'))))
    yield '">\n<title>'
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'title'))))
    yield ': '
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'subtitle'))))
    yield '</title>\n<style>\n  :root { --text: #212b32; --muted: #4c6272; --blue: #005eb8; --grey: #f0f4f5; --border: #aeb7bd; }\n  body { margin: 0 auto; max-width: 60em; padding: 8px 24px 48px; font-family: Arial, "Helvetica Neue",\n         Helvetica, sans-serif; line-height: 1.45; color: var(--text); background: #fff; }\n  h1 { font-size: 1.8rem; line-height: 1.2; margin: 16px 0 4px; }\n  .subtitle { font-size: 1.15rem; font-weight: bold; margin: 0 0 12px; color: var(--muted); }\n  h2 { font-size: 1.3rem; margin: 24px 0 8px; border-bottom: 2px solid var(--blue); padding-bottom: 2px; }\n  h3 { font-size: 1.05rem; margin: 16px 0 4px; }\n  p { margin: 6px 0; }\n  ul, ol { margin: 4px 0 8px; padding-left: 1.4em; }\n  table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; }\n  caption { text-align: left; font-weight: bold; padding: 0 0 4px; }\n  th, td { border: 1px solid var(--border); padding: 4px 6px; text-align: left; vertical-align: top; }\n  thead th { background: var(--grey); }\n  table.facts th { width: 28%; background: var(--grey); }\n  ul.cell { margin: 0; padding-left: 1.1em; }\n  figure.voice { margin: 6px 0 6px 0; padding: 2px 10px; border-left: 4px solid var(--border); }\n  figure.voice blockquote { margin: 0; font-style: italic; }\n  figure.voice p { margin: 0; }\n  figcaption { color: var(--muted); font-size: 0.9em; }\n  footer { border-top: 1px solid var(--border); margin-top: 24px; padding-top: 6px; color: var(--muted);\n           font-size: 0.9rem; }\n  a { color: var(--blue); }\n  @media screen and (max-width: 40em) {\n    body { padding: 8px 12px 32px; }\n    table, tbody, tr, th, td, caption { display: block; }\n    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }\n    tr { margin: 0 0 8px; }\n    td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: bold; }\n    table.facts th { width: auto; border-bottom: 0; }\n  }\n  @media print {\n    @page { size: A4; margin: 15mm;\n            @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7pt; color: #4c6272; } }\n    body { max-width: none; padding: 0; font-size: 8.5pt; line-height: 1.3; }\n    h1 { font-size: 15pt; margin-top: 0; }\n    .subtitle { font-size: 10pt; }\n    h2 { font-size: 11pt; margin: 10px 0 4px; }\n    h3 { font-size: 9pt; margin: 6px 0 2px; }\n    h2, h3, caption { break-after: avoid; }\n    table { font-size: 7.5pt; margin: 4px 0 8px; }\n    th, td { padding: 2px 4px; }\n    thead { display: table-header-group; }\n    tr, figure.voice, li { break-inside: avoid; }\n    a { color: var(--text); text-decoration: none; }\n    footer { margin-top: 10px; font-size: 7pt; }\n  }\n</style>\n</head>\n<body>\n<main>\n<h1>'
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'title'))))
    yield '</h1>\n<p class="subtitle">'
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'subtitle'))))
    yield '</p>\n'
    for l_1_s in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'sections'):
        _loop_vars = {}
        pass
        yield '<section>\n<h2>'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_s, 'title'))))
        yield '</h2>\n'
        yield escape(environment.finalize(context.call((undefined(name='blocks') if l_0_blocks is missing else l_0_blocks), environment.getattr(l_1_s, 'blocks'), _loop_vars=_loop_vars)))
        yield '\n'
        for l_2_sub in environment.getattr(l_1_s, 'subsections'):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape(environment.finalize(t_1(environment.getattr(l_2_sub, 'title'))))
            yield '</h3>\n'
            yield escape(environment.finalize(context.call((undefined(name='blocks') if l_0_blocks is missing else l_0_blocks), environment.getattr(l_2_sub, 'blocks'), _loop_vars=_loop_vars)))
            yield '\n'
        l_2_sub = missing
        yield '</section>\n'
    l_1_s = missing
    yield '</main>\n<footer>\n'
    for l_1_line in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'footer'):
        _loop_vars = {}
        pass
        yield '<p>'
        yield escape(environment.finalize(t_1(l_1_line)))
        yield '</p>\n'
    l_1_line = missing
    for (l_1_text, l_1_url) in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'links'):
        _loop_vars = {}
        pass
        yield '<p><a href="'
        yield escape(environment.finalize(l_1_url))
        yield '">'
        yield escape(environment.finalize(t_1(l_1_text)))
        yield '</a></p>\n'
    l_1_text = l_1_url = missing
    yield '</footer>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=25&3=31&4=34&5=39&6=51&7=55&8=58&9=63&11=69&12=72&13=76&14=81&16=85&18=88&19=93&23=102&25=106&26=109&27=114&29=129&31=142&32=149&44=195&45=197&46=199&98=203&99=205&100=207&102=211&103=213&104=215&105=219&106=221&112=227&113=231&115=234&116=238'