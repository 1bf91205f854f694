# Jinja's compilation of templates/paper.md, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'paper.md'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_p = resolve('p')
    l_0_blocks = missing
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    def macro(l_1_items):
        t_2 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        l_2_loop = missing
        for l_2_b, l_2_loop in LoopContext(l_1_items, undefined):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_b, 'kind') == 'para'):
                pass
                if environment.getattr(l_2_b, 'lead'):
                    pass
                    t_2.extend((
                        '**',
                        str(environment.finalize(t_1(environment.getattr(l_2_b, 'lead')))),
                        '**',
                        str(environment.finalize((' ' if environment.getattr(l_2_b, 'text') else cond_expr_undefined("the inline if-expression on line 5 in 'paper.md' evaluated to false and no else section was defined.")))),
                    ))
                t_2.extend((
                    str(environment.finalize(t_1(environment.getattr(l_2_b, 'text')))),
                    '\n',
                ))
            elif (environment.getattr(l_2_b, 'kind') == 'bullets'):
                pass
                l_3_loop = missing
                for l_3_item, l_3_loop in LoopContext(environment.getattr(l_2_b, 'items'), undefined):
                    _loop_vars = {}
                    pass
                    t_2.extend((
                        str(environment.finalize((str_join((environment.getattr(l_3_loop, 'index'), '.', )) if environment.getattr(l_2_b, 'numbered') else '-'))),
                        ' ',
                        str(environment.finalize(t_1(l_3_item))),
                        '\n',
                    ))
                l_3_loop = l_3_item = missing
            elif (environment.getattr(l_2_b, 'kind') == 'quote'):
                pass
                t_2.extend((
                    '> ',
                    str(environment.finalize(t_1(environment.getattr(l_2_b, 'text')))),
                    ' (',
                    str(environment.finalize(t_1(environment.getattr(l_2_b, 'source')))),
                    ')\n',
                ))
            elif (environment.getattr(l_2_b, 'kind') == 'facts'):
                pass
                t_2.extend((
                    '| ',
                    str(environment.finalize(t_1(environment.getattr(l_2_b, 'caption')))),
                    ' | |\n|---|---|\n',
                ))
                for (l_3_label, l_3_value) in environment.getattr(l_2_b, 'rows'):
                    _loop_vars = {}
                    pass
                    t_2.extend((
                        '| **',
                        str(environment.finalize(t_1(l_3_label))),
                        '** | ',
                        str(environment.finalize(t_1(l_3_value))),
                        ' |\n',
                    ))
                l_3_label = l_3_value = missing
            elif (environment.getattr(l_2_b, 'kind') == 'table'):
                pass
                t_2.append(
                    '|',
                )
                for l_3_h in environment.getattr(l_2_b, 'header'):
                    _loop_vars = {}
                    pass
                    t_2.extend((
                        ' ',
                        str(environment.finalize(t_1(l_3_h))),
                        ' |',
                    ))
                l_3_h = missing
                t_2.append(
                    '\n|',
                )
                for l_3_h in environment.getattr(l_2_b, 'header'):
                    _loop_vars = {}
                    pass
                    t_2.append(
                        '---|',
                    )
                l_3_h = missing
                t_2.append(
                    '\n',
                )
                l_3_loop = missing
                for l_3_row, l_3_loop in LoopContext(environment.getattr(l_2_b, 'rows'), undefined):
                    _loop_vars = {}
                    pass
                    t_2.append(
                        '|',
                    )
                    l_4_loop = missing
                    for l_4_cell, l_4_loop in LoopContext(l_3_row, undefined):
                        _loop_vars = {}
                        pass
                        t_2.append(
                            ' ',
                        )
                        l_5_loop = missing
                        for l_5_line, l_5_loop in LoopContext(l_4_cell, undefined):
                            _loop_vars = {}
                            pass
                            t_2.extend((
                                str(environment.finalize(t_1(l_5_line))),
                                str(environment.finalize(('<br>' if (not environment.getattr(l_5_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 24 in 'paper.md' evaluated to false and no else section was defined.")))),
                            ))
                        l_5_loop = l_5_line = missing
                        t_2.append(
                            ' |',
                        )
                    l_4_loop = l_4_cell = missing
                    t_2.append(
                        '\n',
                    )
                l_3_loop = l_3_row = missing
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_2.append(
                    '\n',
                )
        l_2_loop = l_2_b = missing
        return concat(t_2)
    context.exported_vars.add('blocks')
    context.vars['blocks'] = l_0_blocks = Macro(environment, macro, 'blocks', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'title'))))
    yield '\n\n**'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'subtitle'))))
    yield '**\n'
    for l_1_s in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'sections'):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.finalize(t_1(environment.getattr(l_1_s, 'title'))))
        yield '\n\n'
        yield str(environment.finalize(context.call((undefined(name='blocks') if l_0_blocks is missing else l_0_blocks), environment.getattr(l_1_s, 'blocks'), _loop_vars=_loop_vars)))
        for l_2_sub in environment.getattr(l_1_s, 'subsections'):
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(environment.finalize(t_1(environment.getattr(l_2_sub, 'title'))))
            yield '\n\n'
            yield str(environment.finalize(context.call((undefined(name='blocks') if l_0_blocks is missing else l_0_blocks), environment.getattr(l_2_sub, 'blocks'), _loop_vars=_loop_vars)))
        l_2_sub = missing
    l_1_s = missing
    yield '\n---\n\n'
    for l_1_line in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'footer'):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_1(l_1_line)))
        yield '\n\n'
    l_1_line = missing
    for (l_1_text, l_1_url) in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'links'):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_1(l_1_text)))
        yield ': <'
        yield str(environment.finalize(l_1_url))
        yield '>\n'
    l_1_text = l_1_url = missing

blocks = {}
debug_info = '2=19&3=25&4=28&5=30&6=42&7=45&8=49&10=55&11=59&12=64&13=68&15=71&16=76&18=82&19=87&21=99&23=110&24=117&28=140&33=150&35=152&36=154&38=158&40=160&41=161&43=165&45=167&51=171&52=174&55=177&56=180'