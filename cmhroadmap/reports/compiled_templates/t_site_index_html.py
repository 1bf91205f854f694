# Jinja's compilation of templates/site/index.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/index.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_cell = l_0_key = missing
    pass
    parent_template = environment.get_template('site/layout.html', 'site/index.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('site/macros.html', 'site/index.html')._get_default_module(context)
    l_0_cell = getattr(included_template, 'cell', missing)
    if l_0_cell is missing:
        l_0_cell = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/index.html') does not export the requested name 'cell'", name='cell')
    l_0_key = getattr(included_template, 'key', missing)
    if l_0_key is missing:
        l_0_key = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/index.html') does not export the requested name 'key'", name='key')
    context.vars.update({'cell': l_0_cell, 'key': l_0_key})
    context.exported_vars.difference_update(('cell', 'key'))
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    pass
    yield 'CMH transformation: published self-assessments, '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))

def block_page(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    l_0_key = resolve('key')
    try:
        t_1 = environment.filters['clean']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clean' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'title')))
    yield '</h1>\n<p class="basis">Ratings used: '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'basis')))
    yield '.</p>\n<dl class="meta">\n  <dt>Latest period</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</dd>\n  <dt>Systems</dt><dd>'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'systems'))))
    yield ', '
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'columns'))))
    yield ' of them assessed for '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validated_count')))
    yield ' independently validated)</dd>\n  <dt>Periods published</dt><dd>'
    yield escape(environment.finalize(t_2(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'), ', ')))
    yield '</dd>\n</dl>\n<p class="narrow">Each system rates every deliverable of NHS England\'s Community Mental Health Transformation Roadmap on the four-point scale of the tool that made these pages (not NHS England\'s wording). Where an independent validator rated a deliverable, this site shows the validated rating. <a href="'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'frame'), 'method')))
    yield '">How the ratings were made and what is published</a>.</p>\n\n<h2 id="delivery">Delivery against each system\'s own targets, '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</h2>\n<p class="narrow">'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'delivery_note')))
    yield '</p>\n<table class="stack">\n  <thead><tr><th scope="col">System</th>'
    for (l_1_status, l_1_words) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'statuses'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="number"><span class="status status-'
        yield escape(environment.finalize(l_1_status))
        yield '">'
        yield escape(environment.finalize(l_1_words))
        yield '</span></th>'
    l_1_status = l_1_words = missing
    yield '</tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for (l_1_name, l_1_code, l_1_href, l_1_counts), l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'delivery'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row"><a href="'
        yield escape(environment.finalize(l_1_href))
        yield '">'
        yield escape(environment.finalize(t_1(l_1_name)))
        yield ' ('
        yield escape(environment.finalize(l_1_code))
        yield ')</a></th>'
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(l_1_counts, undefined):
            _loop_vars = {}
            pass
            yield '<td class="number" data-label="'
            yield escape(environment.finalize(environment.getitem(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'statuses'), environment.getattr(l_2_loop, 'index0')), 1)))
            yield '">'
            yield escape(environment.finalize(l_2_n))
            yield '</td>'
        l_2_loop = l_2_n = missing
        yield '</tr>\n'
    l_1_loop = l_1_name = l_1_code = l_1_href = l_1_counts = missing
    yield '  </tbody>\n</table>\n\n<h2 id="grid">Every system against every deliverable, '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</h2>\n'
    yield escape(environment.finalize(context.call((undefined(name='key') if l_0_key is missing else l_0_key), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'), _block_vars=_block_vars)))
    yield '\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'columns'):
        pass
        yield '<div class="scroll" role="region" aria-labelledby="grid-caption" tabindex="0">\n<table class="region">\n  <caption id="grid-caption" class="muted">Ratings for '
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
        yield ': deliverables by roadmap column, one column per system (on a narrow screen, the table scrolls sideways)</caption>\n  <thead><tr><th scope="col">Deliverable</th>'
        for (l_1_code, l_1_name, l_1_short, l_1_href) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'columns'):
            _loop_vars = {}
            pass
            yield '<th scope="col" class="system"><a href="'
            yield escape(environment.finalize(l_1_href))
            yield '" title="'
            yield escape(environment.finalize(t_1(l_1_name)))
            yield '">'
            yield escape(environment.finalize(l_1_code))
            yield ' <span class="short-name">'
            yield escape(environment.finalize(t_1(l_1_short)))
            yield '</span></a></th>'
        l_1_code = l_1_name = l_1_short = l_1_href = missing
        yield '</tr></thead>\n'
        for (l_1_title, l_1_rows) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups'):
            _loop_vars = {}
            pass
            yield '  <tbody>\n    <tr><th scope="rowgroup" colspan="'
            yield escape(environment.finalize((t_3(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'columns')) + 1)))
            yield '">'
            yield escape(environment.finalize(l_1_title))
            yield '</th></tr>\n'
            for l_2_row in l_1_rows:
                _loop_vars = {}
                pass
                yield '    <tr><th scope="row"><a href="'
                yield escape(environment.finalize(environment.getattr(l_2_row, 'href')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_2_row, 'title')))
                yield '</a></th>'
                for l_3_c in environment.getattr(l_2_row, 'cells'):
                    l_3_cell = resolve('cell')
                    _loop_vars = {}
                    pass
                    yield escape(environment.finalize(context.call((undefined(name='cell') if l_3_cell is missing else l_3_cell), l_3_c, _loop_vars=_loop_vars)))
                l_3_c = l_3_cell = missing
                yield '</tr>\n'
            l_2_row = missing
            yield '  </tbody>\n'
        l_1_title = l_1_rows = missing
        yield '</table>\n</div>\n'
    yield '\n<h2 id="systems">Systems</h2>\n<table>\n  <caption class="muted">Every system published, with a report for each period</caption>\n  <thead><tr><th scope="col">System</th><th scope="col">Reports</th><th scope="col">Validated</th></tr></thead>\n  <tbody>\n'
    for l_1_s in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'systems'):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row"><a href="'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'href')))
        yield '">'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_s, 'name'))))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(l_1_s, 'code')))
        yield ')</a>'
        if (not environment.getattr(l_1_s, 'in_latest')):
            pass
            yield ' <span class="muted">not assessed for '
            yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
            yield '</span>'
        yield '</th><td><ul class="inline">'
        for (l_2_period, l_2_href) in environment.getattr(l_1_s, 'periods'):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(environment.finalize(l_2_href))
            yield '">'
            yield escape(environment.finalize(l_2_period))
            yield '</a></li>'
        l_2_period = l_2_href = missing
        yield '</ul></td><td>'
        yield escape(environment.finalize((t_2(context.eval_ctx, environment.getattr(l_1_s, 'validated'), ', ') if environment.getattr(l_1_s, 'validated') else 'No')))
        yield '</td></tr>\n'
    l_1_s = missing
    yield '  </tbody>\n</table>\n'

blocks = {'title': block_title, 'page': block_page}
debug_info = '1=13&2=16&3=27&4=39&5=68&6=70&8=72&9=74&10=82&12=84&14=86&15=88&17=90&19=101&20=105&25=124&26=126&27=128&30=131&31=133&32=147&34=151&35=155&36=159&49=175&50=179'