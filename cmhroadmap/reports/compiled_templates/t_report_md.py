# Jinja's compilation of templates/report.md, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_v = resolve('v')
    l_0_rating = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_4 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    def macro(l_1_view):
        t_5 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        t_5.extend((
            '**',
            str(environment.finalize(environment.getattr(l_1_view, 'text'))),
            '**',
        ))
        return concat(t_5)
    context.exported_vars.add('rating')
    context.vars['rating'] = l_0_rating = Macro(environment, macro, 'rating', ('view',), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'title')))
    yield '\n\n'
    l_1_g = environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'glance')
    pass
    template = environment.get_template('_glance.md', 'report.md')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'g': l_1_g, 'rating': l_0_rating}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_g = missing
    yield '\n## '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plan_title')))
    yield '\n\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plan'):
        pass
        yield 'The deliverables whose own rating holds back the most others come first: those with '
        yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'held_rule')))
        yield ', which cannot rise further without running ahead of them.\n\n'
        for l_1_item in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plan'):
            _loop_vars = {}
            pass
            yield '### '
            yield str(environment.finalize(environment.getattr(l_1_item, 'rank')))
            yield '. '
            yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_item, 'detail'), 'title'))))
            yield ' ('
            yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr(l_1_item, 'detail'), 'rating'), 'text')))
            if environment.getattr(l_1_item, 'own_note'):
                pass
                yield '; '
                yield str(environment.finalize(environment.getattr(l_1_item, 'own_note')))
            yield ')\n\nDelivery: **'
            yield str(environment.finalize(environment.getitem(environment.getattr(l_1_item, 'delivery'), 1)))
            yield '**: '
            yield str(environment.finalize(environment.getitem(environment.getattr(l_1_item, 'delivery'), 2)))
            yield '.\n\n'
            yield str(environment.finalize(t_2(environment.getattr(l_1_item, 'reason'))))
            yield '\n'
            if environment.getattr(l_1_item, 'in_group'):
                pass
                yield '\nOne of the deliverables that rely upon each other: see [Deliverables that rely upon each other](#deliverables-that-rely-upon-each-other).\n'
            if (environment.getattr(environment.getattr(l_1_item, 'detail'), 'owner') or environment.getattr(environment.getattr(l_1_item, 'detail'), 'target')):
                pass
                yield '\n'
                if environment.getattr(environment.getattr(l_1_item, 'detail'), 'owner'):
                    pass
                    yield 'Owner: '
                    yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_item, 'detail'), 'owner'))))
                    yield '. '
                if environment.getattr(environment.getattr(l_1_item, 'detail'), 'target'):
                    pass
                    yield 'Target: '
                    yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_item, 'detail'), 'target'))))
                    yield '.'
                yield '\n'
            if environment.getattr(environment.getattr(l_1_item, 'detail'), 'getting_started'):
                pass
                yield '\nGetting started:\n\n'
                for l_2_step in environment.getattr(environment.getattr(l_1_item, 'detail'), 'getting_started'):
                    _loop_vars = {}
                    pass
                    yield str(environment.finalize(environment.getattr(l_2_step, 'number')))
                    yield '. '
                    yield str(environment.finalize(t_2(environment.getattr(l_2_step, 'text'))))
                    yield '\n'
                    for l_3_point in environment.getattr(l_2_step, 'points'):
                        _loop_vars = {}
                        pass
                        yield '    - '
                        yield str(environment.finalize(t_2(l_3_point)))
                        yield '\n'
                    l_3_point = missing
                l_2_step = missing
            if environment.getattr(l_1_item, 'unmet'):
                pass
                yield '\nSuccess markers not yet evidenced:\n\n'
                for (l_2_number, l_2_text) in environment.getattr(l_1_item, 'unmet'):
                    _loop_vars = {}
                    pass
                    yield '- '
                    yield str(environment.finalize(l_2_number))
                    yield '\\. '
                    yield str(environment.finalize(t_2(l_2_text)))
                    yield '\n'
                l_2_number = l_2_text = missing
            if environment.getattr(l_1_item, 'relies_upon'):
                pass
                yield '\nRelies upon:\n\n'
                for (l_2_title, l_2_anchor, l_2_view) in environment.getattr(l_1_item, 'relies_upon'):
                    _loop_vars = {}
                    pass
                    yield '- ['
                    yield str(environment.finalize(t_2(l_2_title)))
                    yield '](#'
                    yield str(environment.finalize(l_2_anchor))
                    yield '): '
                    yield str(environment.finalize(environment.getattr(l_2_view, 'text')))
                    yield '\n'
                l_2_title = l_2_anchor = l_2_view = missing
            if environment.getattr(environment.getattr(l_1_item, 'detail'), 'resources'):
                pass
                yield '\nResources and guidance:\n\n'
                for (l_2_title, l_2_url) in environment.getattr(environment.getattr(l_1_item, 'detail'), 'resources'):
                    _loop_vars = {}
                    pass
                    yield '- '
                    if l_2_url:
                        pass
                        yield '['
                        yield str(environment.finalize(t_2(l_2_title)))
                        yield '](<'
                        yield str(environment.finalize(l_2_url))
                        yield '>)'
                    else:
                        pass
                        yield str(environment.finalize(t_2(l_2_title)))
                    yield '\n'
                l_2_title = l_2_url = missing
            yield '\n'
        l_1_item = missing
    else:
        pass
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'glance'), 'no_priorities')))
        yield '\n'
    yield '\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'remaining'):
        pass
        yield '## The other deliverables below the top of the scale\n\n| Rank | Deliverable | Rating | Delivery | Rated above it and waiting | Not yet in place and relying on it |\n|---:|---|---|---|---:|---:|\n'
        for l_1_row in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'remaining'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_row, 'rank')))
            yield ' | ['
            yield str(environment.finalize(t_2(environment.getattr(l_1_row, 'title'))))
            yield '](#'
            yield str(environment.finalize(environment.getattr(l_1_row, 'anchor')))
            yield ') | '
            yield str(environment.finalize(environment.getattr(environment.getattr(l_1_row, 'rating'), 'text')))
            if environment.getattr(l_1_row, 'own_note'):
                pass
                yield ' ('
                yield str(environment.finalize(environment.getattr(l_1_row, 'own_note')))
                yield ')'
            yield ' | '
            yield str(environment.finalize(environment.getitem(environment.getattr(l_1_row, 'delivery'), 1)))
            yield ': '
            yield str(environment.finalize(environment.getitem(environment.getattr(l_1_row, 'delivery'), 2)))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_row, 'held_back')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_row, 'leverage')))
            yield ' |\n'
        l_1_row = missing
        yield '\n'
    yield "## Deliverables at each level\n\nThe tool's four-point scale (cmhroadmap's own, not NHS England's): "
    l_1_loop = missing
    for l_1_level, l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(environment.getattr(l_1_level, 'text')))
        yield str(environment.finalize((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 80 in 'report.md' evaluated to false and no else section was defined."))))
    l_1_loop = l_1_level = missing
    yield '.\n'
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'not_assessed')))
    yield ' deliverable'
    yield str(environment.finalize(('' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'not_assessed') == 1) else 's')))
    yield ' in scope '
    yield str(environment.finalize(('is' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'not_assessed') == 1) else 'are')))
    yield ' not assessed.\n\n| Column |'
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_level, 'text')))
        yield ' |'
    l_1_level = missing
    yield ' Not assessed |\n|---|'
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield '---:|'
    l_1_level = missing
    yield '---:|\n'
    for l_1_row in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'counts'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize((('**%s**' % environment.getattr(l_1_row, 'title')) if environment.getattr(l_1_row, 'total') else environment.getattr(l_1_row, 'title'))))
        yield ' |'
        for l_2_n in environment.getattr(l_1_row, 'cells'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(l_2_n))
            yield ' |'
        l_2_n = missing
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_row, 'not_assessed')))
        yield ' |\n'
    l_1_row = missing
    yield '\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'):
        pass
        yield '## Independent validation\n\nValidated by '
        yield str(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'validator'))))
        if environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'role'):
            pass
            yield ' ('
            yield str(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'role'))))
            yield ')'
        yield ' on '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'validated_on')))
        yield '; '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'sampled')))
        yield ' deliverable'
        yield str(environment.finalize(('' if (environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'sampled') == 1) else 's')))
        yield ' rated. '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'basis')))
        yield '\n'
        if environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'notes'):
            pass
            yield '\n'
            yield str(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'notes'))))
            yield '\n'
        yield '\n'
        if environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'differences'):
            pass
            yield "| Deliverable | Self-assessed | Validated | Validator's note |\n|---|---|---|---|\n"
            for (l_1_title, l_1_anchor, l_1_own, l_1_validated, l_1_note) in environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'differences'):
                _loop_vars = {}
                pass
                yield '| ['
                yield str(environment.finalize(t_2(l_1_title)))
                yield '](#'
                yield str(environment.finalize(l_1_anchor))
                yield ') | '
                yield str(environment.finalize(environment.getattr(l_1_own, 'text')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_1_validated, 'text')))
                yield ' | '
                yield str(environment.finalize((t_2(l_1_note) if l_1_note else '')))
                yield ' |\n'
            l_1_title = l_1_anchor = l_1_own = l_1_validated = l_1_note = missing
        else:
            pass
            yield "Every validated rating agrees with the system's own.\n"
        yield '\n'
    yield '## The roadmap grid\n\n|'
    for l_1_title in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'grid_header'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(t_2(l_1_title)))
        yield ' |'
    l_1_title = missing
    for l_1_title in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus_header'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus_title')))
        yield ': '
        yield str(environment.finalize(t_2(l_1_title)))
        yield ' |'
    l_1_title = missing
    yield '\n|'
    for l_1_title in (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'grid_header') + environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus_header')):
        _loop_vars = {}
        pass
        yield '---|'
    l_1_title = missing
    yield '\n'
    for l_1_row in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'grid_rows'):
        _loop_vars = {}
        pass
        yield '|'
        for l_2_cell in l_1_row:
            _loop_vars = {}
            pass
            yield ' '
            if t_3(l_2_cell):
                pass
            elif t_4(l_2_cell):
                pass
                yield '*not a chosen focus area*'
            else:
                pass
                yield '['
                yield str(environment.finalize(t_2(environment.getattr(l_2_cell, 'wording'))))
                yield '](#'
                yield str(environment.finalize(environment.getattr(l_2_cell, 'anchor')))
                yield ')<br>'
                yield str(environment.finalize(context.call((undefined(name='rating') if l_0_rating is missing else l_0_rating), environment.getattr(l_2_cell, 'rating'), _loop_vars=_loop_vars)))
                if environment.getattr(l_2_cell, 'own'):
                    pass
                    yield ' ('
                    yield str(environment.finalize(environment.getattr(l_2_cell, 'own')))
                    yield ')'
                for (l_3_title, l_3_anchor, l_3_view) in environment.getattr(l_2_cell, 'parts'):
                    _loop_vars = {}
                    pass
                    yield '<br>· ['
                    yield str(environment.finalize(t_2(l_3_title)))
                    yield '](#'
                    yield str(environment.finalize(l_3_anchor))
                    yield '): '
                    yield str(environment.finalize(environment.getattr(l_3_view, 'text')))
                l_3_title = l_3_anchor = l_3_view = missing
            yield ' |'
        l_2_cell = missing
        yield '\n'
    l_1_row = missing
    yield '\n## Dependency warnings\n\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'warnings'):
        pass
        yield 'Ratings that are ahead of what the deliverable relies upon by '
        yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'threshold')))
        yield ' or more levels, which makes them hard to credit.\n\n| Deliverable | Rating | Relies upon | Its rating | Gap | Acknowledged |\n|---|---|---|---|---:|---|\n'
        for l_1_w in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'warnings'):
            _loop_vars = {}
            pass
            yield '| ['
            yield str(environment.finalize(t_2(environment.getattr(l_1_w, 'deliverable'))))
            yield '](#'
            yield str(environment.finalize(environment.getattr(l_1_w, 'deliverable_anchor')))
            yield ') | '
            yield str(environment.finalize(environment.getattr(environment.getattr(l_1_w, 'rating'), 'text')))
            yield ' | ['
            yield str(environment.finalize(t_2(environment.getattr(l_1_w, 'relies_upon'))))
            yield '](#'
            yield str(environment.finalize(environment.getattr(l_1_w, 'relies_upon_anchor')))
            yield ') | '
            yield str(environment.finalize(environment.getattr(environment.getattr(l_1_w, 'relied_rating'), 'text')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_w, 'gap')))
            yield ' | '
            yield str(environment.finalize((t_2(environment.getattr(l_1_w, 'reason')) if (not t_3(environment.getattr(l_1_w, 'reason'))) else 'No')))
            yield ' |\n'
        l_1_w = missing
    else:
        pass
        yield 'None: every rating is credible given what it relies upon.\n'
    yield '\n## Deliverables that rely upon each other\n\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups'):
        pass
        for l_1_group in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups'):
            _loop_vars = {}
            pass
            yield 'A group of '
            yield str(environment.finalize(environment.getattr(l_1_group, 'size')))
            yield ' deliverables rely upon each other, directly or through what they rely upon, and have to move together. The most relied upon in the group are '
            yield str(environment.finalize(t_2(t_1(context.eval_ctx, environment.getattr(l_1_group, 'leaders'), ', '))))
            yield '. Its members not yet fully in place:\n\n'
            for (l_2_title, l_2_anchor, l_2_view) in environment.getattr(l_1_group, 'gaps'):
                _loop_vars = {}
                pass
                yield '- ['
                yield str(environment.finalize(t_2(l_2_title)))
                yield '](#'
                yield str(environment.finalize(l_2_anchor))
                yield '): '
                yield str(environment.finalize(environment.getattr(l_2_view, 'text')))
                yield '\n'
            l_2_title = l_2_anchor = l_2_view = missing
            yield '\n'
        l_1_group = missing
    else:
        pass
        yield 'No group of deliverables that rely upon each other has one not yet fully in place.\n\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'mermaid'):
        pass
        yield 'The top five priorities, what they rely upon and the deliverables rated above them that wait on them (an arrow points to what a deliverable relies upon):\n\n```mermaid\n'
        yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'mermaid')))
        yield '\n```\n\n'
    yield '## Every deliverable in detail\n\n'
    l_1_loop = missing
    for (l_1_column, l_1_items), l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'columns'), undefined):
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.finalize(t_2(l_1_column)))
        yield '\n\n'
        l_2_loop = missing
        for l_2_d, l_2_loop in LoopContext(l_1_items, undefined):
            _loop_vars = {}
            pass
            yield '<a id="'
            yield str(environment.finalize(environment.getattr(l_2_d, 'anchor')))
            yield '"></a>\n#### '
            yield str(environment.finalize(t_2(environment.getattr(l_2_d, 'title'))))
            yield ' ('
            yield str(environment.finalize(environment.getattr(environment.getattr(l_2_d, 'rating'), 'text')))
            yield ')\n\n'
            if (not environment.getattr(l_2_d, 'in_scope')):
                pass
                yield '*Not in scope: this deliverable belongs to a dedicated focus area the system has not chosen.*\n\n'
            if environment.getattr(l_2_d, 'part_of'):
                pass
                yield 'Part of ['
                yield str(environment.finalize(t_2(environment.getitem(environment.getattr(l_2_d, 'part_of'), 0))))
                yield '](#'
                yield str(environment.finalize(environment.getitem(environment.getattr(l_2_d, 'part_of'), 1)))
                yield ').\n\n'
            if environment.getattr(l_2_d, 'parts'):
                pass
                yield 'Its rating is the lowest of its parts: '
                l_3_loop = missing
                for (l_3_title, l_3_anchor), l_3_loop in LoopContext(environment.getattr(l_2_d, 'parts'), undefined):
                    _loop_vars = {}
                    pass
                    yield '['
                    yield str(environment.finalize(t_2(l_3_title)))
                    yield '](#'
                    yield str(environment.finalize(l_3_anchor))
                    yield ')'
                    yield str(environment.finalize((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 175 in 'report.md' evaluated to false and no else section was defined."))))
                l_3_loop = l_3_title = l_3_anchor = missing
                yield '.\n\n'
            if (environment.getattr(l_2_d, 'validated') or environment.getattr(l_2_d, 'validation_note')):
                pass
                yield '**Self-assessed:** '
                yield str(environment.finalize((environment.getattr(environment.getattr(l_2_d, 'self_rating'), 'text') if environment.getattr(l_2_d, 'self_rating') else '')))
                yield '. **Validated:** '
                yield str(environment.finalize((environment.getattr(environment.getattr(l_2_d, 'validated'), 'text') if environment.getattr(l_2_d, 'validated') else 'not rated')))
                if environment.getattr(l_2_d, 'validation_note'):
                    pass
                    yield '. '
                    yield str(environment.finalize(t_2(environment.getattr(l_2_d, 'validation_note'))))
                yield '\n\n'
            if environment.getattr(l_2_d, 'evidence'):
                pass
                yield '**Evidence:** '
                yield str(environment.finalize(t_2(environment.getattr(l_2_d, 'evidence'))))
                yield '\n\n'
            if environment.getattr(l_2_d, 'owner'):
                pass
                yield '**Owner:** '
                yield str(environment.finalize(t_2(environment.getattr(l_2_d, 'owner'))))
                yield '\n\n'
            if environment.getattr(l_2_d, 'target'):
                pass
                yield '**Target:** '
                yield str(environment.finalize(t_2(environment.getattr(l_2_d, 'target'))))
                yield '\n\n'
            if environment.getattr(l_2_d, 'notes'):
                pass
                yield '**Notes:** '
                yield str(environment.finalize(t_2(environment.getattr(l_2_d, 'notes'))))
                yield '\n\n'
            for (l_3_title, l_3_reason) in environment.getattr(l_2_d, 'acknowledged'):
                _loop_vars = {}
                pass
                yield '**Acknowledged** that it runs ahead of '
                yield str(environment.finalize(t_2(l_3_title)))
                yield ': '
                yield str(environment.finalize(t_2(l_3_reason)))
                yield '\n\n'
            l_3_title = l_3_reason = missing
            if environment.getattr(l_2_d, 'success'):
                pass
                yield '**Success markers**\n\n'
                for l_3_m in environment.getattr(l_2_d, 'success'):
                    _loop_vars = {}
                    pass
                    yield '- '
                    if environment.getattr(l_3_m, 'status'):
                        pass
                        yield '**'
                        yield str(environment.finalize(environment.getattr(l_3_m, 'status')))
                        yield ':** '
                    yield str(environment.finalize(environment.getattr(l_3_m, 'number')))
                    yield '\\. '
                    yield str(environment.finalize(t_2(environment.getattr(l_3_m, 'text'))))
                    if environment.getattr(l_3_m, 'alternative_to'):
                        pass
                        yield ' (an alternative to marker '
                        yield str(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_3_m, 'alternative_to'), ', ')))
                        yield ')'
                    yield '\n'
                l_3_m = missing
                yield '\n'
            if environment.getattr(l_2_d, 'getting_started'):
                pass
                yield '**Getting started**\n\n'
                for l_3_step in environment.getattr(l_2_d, 'getting_started'):
                    _loop_vars = {}
                    pass
                    yield str(environment.finalize(environment.getattr(l_3_step, 'number')))
                    yield '. '
                    yield str(environment.finalize(t_2(environment.getattr(l_3_step, 'text'))))
                    yield '\n'
                    for l_4_point in environment.getattr(l_3_step, 'points'):
                        _loop_vars = {}
                        pass
                        yield '    - '
                        yield str(environment.finalize(t_2(l_4_point)))
                        yield '\n'
                    l_4_point = missing
                l_3_step = missing
                yield '\n'
            if environment.getattr(l_2_d, 'voice'):
                pass
                yield '**Service user voice**\n\n'
                for l_3_quote in environment.getattr(l_2_d, 'voice'):
                    _loop_vars = {}
                    pass
                    yield '> '
                    yield str(environment.finalize(t_2(l_3_quote)))
                    yield '\n\n'
                l_3_quote = missing
            if environment.getattr(l_2_d, 'resources'):
                pass
                yield '**Resources and guidance:** '
                l_3_loop = missing
                for (l_3_title, l_3_url), l_3_loop in LoopContext(environment.getattr(l_2_d, 'resources'), undefined):
                    _loop_vars = {}
                    pass
                    if l_3_url:
                        pass
                        yield '['
                        yield str(environment.finalize(t_2(l_3_title)))
                        yield '](<'
                        yield str(environment.finalize(l_3_url))
                        yield '>)'
                    else:
                        pass
                        yield str(environment.finalize(t_2(l_3_title)))
                    yield str(environment.finalize(('; ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 232 in 'report.md' evaluated to false and no else section was defined."))))
                l_3_loop = l_3_title = l_3_url = missing
                yield '\n\n'
            if environment.getattr(l_2_d, 'relies_upon'):
                pass
                yield '**Relies upon:** '
                l_3_loop = missing
                for (l_3_title, l_3_anchor, l_3_view), l_3_loop in LoopContext(environment.getattr(l_2_d, 'relies_upon'), undefined):
                    _loop_vars = {}
                    pass
                    yield '['
                    yield str(environment.finalize(t_2(l_3_title)))
                    yield '](#'
                    yield str(environment.finalize(l_3_anchor))
                    yield ') ('
                    yield str(environment.finalize(environment.getattr(l_3_view, 'text')))
                    yield ')'
                    yield str(environment.finalize(('; ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 237 in 'report.md' evaluated to false and no else section was defined."))))
                l_3_loop = l_3_title = l_3_anchor = l_3_view = missing
                yield '\n\n'
        l_2_loop = l_2_d = missing
    l_1_loop = l_1_column = l_1_items = missing
    yield '## About this report\n\n| | |\n|---|---|\n| Organisation | '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'organisation'))))
    yield ' ('
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'code'))))
    yield ') |\n| Period | '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period'))))
    yield ' |\n| Assessed on | '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'assessed_on')))
    yield ' |\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'prepared_by'):
        pass
        yield '| Prepared by | '
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'prepared_by'))))
        yield ' |\n'
    yield '| Dedicated focus areas | '
    yield str(environment.finalize(t_2((t_1(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus_areas'), ', ') if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus_areas') else 'None chosen'))))
    yield ' |\n| Roadmap | '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmap_title'))))
    yield ' ('
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmap_id')))
    yield '), version '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmap_version'))))
    yield ' |\n| Generated | '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'generated')))
    yield ' by cmhroadmap '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'tool_version')))
    yield ' |\n\n---\n\n'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'licence'))))
    yield '\n'

blocks = {}
debug_info = '1=37&2=51&4=55&6=63&8=65&9=68&11=70&12=74&14=84&16=88&17=90&21=93&23=96&26=107&30=110&31=113&32=117&33=121&37=125&41=128&42=132&45=137&49=140&50=144&53=151&57=154&58=158&65=174&68=177&73=180&74=184&80=209&81=216&83=222&84=230&85=236&86=240&89=254&92=257&93=272&95=275&98=278&101=281&102=285&111=301&113=318&115=324&116=328&122=365&123=368&127=370&128=374&136=395&137=397&138=401&140=405&141=409&149=421&153=424&159=428&160=432&162=435&163=439&164=441&166=445&170=448&171=451&174=455&175=459&178=470&179=473&183=481&184=484&187=486&188=489&191=491&192=494&195=496&196=499&199=501&200=505&203=510&206=513&207=517&212=533&215=536&216=539&217=543&218=547&223=552&226=555&227=559&231=562&232=566&236=582&237=586&247=602&248=606&249=608&250=610&251=613&253=616&254=618&255=624&259=628'