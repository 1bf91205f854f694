# Jinja's compilation of templates/compare.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'compare.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'compare.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
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
    pass
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'organisation'))))
    yield ': progress '
    yield escape(environment.finalize(t_2(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'), ' to ')))

def block_banner(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Community Mental Health Transformation Roadmap: trajectory'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
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
    try:
        t_4 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'title')))
    yield '</h1>\n<p class="basis">Ratings used: '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'basis')))
    yield '.</p>\n<dl class="meta">\n  <dt>Organisation</dt><dd>'
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'organisation'))))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'code')))
    yield ')</dd>\n  <dt>Periods</dt><dd>'
    yield escape(environment.finalize(t_2(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'), ', ')))
    yield '</dd>\n  <dt>Roadmap</dt><dd>'
    yield escape(environment.finalize(t_2(context.eval_ctx, t_4(environment, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmaps')), ', ')))
    yield '</dd>\n  <dt>Generated</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'generated')))
    yield ' by cmhroadmap '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'tool_version')))
    yield '</dd>\n</dl>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'mixed_roadmaps'):
        pass
        if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'followed'):
            pass
            yield '<p><strong>The periods use different roadmap versions</strong> ('
            yield escape(environment.finalize(t_2(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmaps'), ', ')))
            yield '): each deliverable of the latest is followed back through renames, splits and merges, as noted against it.</p>\n'
        else:
            pass
            yield '<p><strong>The periods use different roadmap versions</strong> ('
            yield escape(environment.finalize(t_2(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmaps'), ', ')))
            yield '): only the '
            yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'compared')))
            yield ' deliverables whose ids exist in every version are compared.</p>\n'
    yield '\n<h2 id="levels">Deliverables at each level</h2>\n<figure>\n<svg xmlns="http://www.w3.org/2000/svg" width="'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'chart'), 'width')))
    yield '" height="'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'chart'), 'height')))
    yield '" viewBox="0 0 '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'chart'), 'width')))
    yield ' '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'chart'), 'height')))
    yield '" role="img" aria-labelledby="chart-title chart-desc">\n  <title id="chart-title">Deliverables at each level, by period</title>\n  <desc id="chart-desc">'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'chart'), 'description')))
    yield '</desc>\n'
    for l_1_bar in environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'chart'), 'bars'):
        _loop_vars = {}
        pass
        for l_2_s in environment.getattr(l_1_bar, 'segments'):
            _loop_vars = {}
            pass
            yield '  <rect x="'
            yield escape(environment.finalize(environment.getattr(l_2_s, 'x')))
            yield '" y="'
            yield escape(environment.finalize(environment.getattr(l_2_s, 'y')))
            yield '" width="'
            yield escape(environment.finalize(environment.getattr(l_2_s, 'width')))
            yield '" height="'
            yield escape(environment.finalize(environment.getattr(l_2_s, 'height')))
            yield '" fill="'
            yield escape(environment.finalize(environment.getattr(l_2_s, 'fill')))
            yield '" stroke="#ffffff"></rect>\n'
            if (environment.getattr(l_2_s, 'height') >= 16):
                pass
                yield '  <text x="'
                yield escape(environment.finalize((environment.getattr(l_2_s, 'x') + (environment.getattr(l_2_s, 'width') // 2))))
                yield '" y="'
                yield escape(environment.finalize(((environment.getattr(l_2_s, 'y') + (environment.getattr(l_2_s, 'height') // 2)) + 5)))
                yield '" text-anchor="middle" font-size="14" font-family="Arial, sans-serif" fill="'
                yield escape(environment.finalize(environment.getattr(l_2_s, 'text_colour')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_2_s, 'count')))
                yield '</text>\n'
        l_2_s = missing
        yield '  <text x="'
        yield escape(environment.finalize(environment.getattr(l_1_bar, 'label_x')))
        yield '" y="'
        yield escape(environment.finalize((environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'chart'), 'height') - 8)))
        yield '" text-anchor="middle" font-size="14" font-family="Arial, sans-serif" fill="#212b32">'
        yield escape(environment.finalize(environment.getattr(l_1_bar, 'period')))
        yield '</text>\n'
    l_1_bar = missing
    yield '</svg>\n<figcaption>Key: '
    l_1_loop = missing
    for (l_1_label, l_1_colour), l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'chart'), 'legend'), undefined):
        _loop_vars = {}
        pass
        yield '<span class="swatch" style="background: '
        yield escape(environment.finalize(l_1_colour))
        yield '"></span> '
        yield escape(environment.finalize(l_1_label))
        yield escape(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 36 in 'compare.html' evaluated to false and no else section was defined."))))
    l_1_loop = l_1_label = l_1_colour = missing
    yield '. Levels of the tool\'s four-point scale (cmhroadmap\'s own, not NHS England\'s). The same figures are in the table below.</figcaption>\n</figure>\n<table class="stack">\n  <thead><tr><th scope="col">Level</th>'
    for l_1_period in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="number">'
        yield escape(environment.finalize(l_1_period))
        yield '</th>'
    l_1_period = missing
    yield '</tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for (l_1_label, l_1_values), l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'counts'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize(l_1_label))
        yield '</th>'
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(l_1_values, undefined):
            _loop_vars = {}
            pass
            yield '<td class="number" data-label="'
            yield escape(environment.finalize(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'), environment.getattr(l_2_loop, 'index0'))))
            yield '">'
            yield escape(environment.finalize(l_2_n))
            yield '</td>'
        l_2_loop = l_2_n = missing
        yield '</tr>\n'
    l_1_loop = l_1_label = l_1_values = missing
    yield '  </tbody>\n</table>\n\n<h2 id="changes">What changed</h2>\n'
    t_5 = 1
    for (l_1_heading, l_1_rows) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'sections'):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.finalize(l_1_heading))
        yield ' ('
        yield escape(environment.finalize(t_3(l_1_rows)))
        yield ')</h3>\n<ul>\n'
        for (l_2_row, l_2_path) in l_1_rows:
            _loop_vars = {}
            pass
            yield '  <li>'
            yield escape(environment.finalize(environment.getattr(l_2_row, 'title')))
            yield ': '
            yield escape(environment.finalize(l_2_path))
            if environment.getattr(l_2_row, 'regressions'):
                pass
                yield '; <strong>fell</strong> '
                yield escape(environment.finalize(t_2(context.eval_ctx, environment.getattr(l_2_row, 'regressions'), '; ')))
            if environment.getattr(l_2_row, 'target'):
                pass
                yield '; '
                yield escape(environment.finalize(environment.getattr(l_2_row, 'target')))
            if environment.getattr(l_2_row, 'lineage'):
                pass
                yield ' <em>('
                yield escape(environment.finalize(environment.getattr(l_2_row, 'lineage')))
                yield ')</em>'
            yield '</li>\n'
        l_2_row = l_2_path = missing
        yield '</ul>\n'
        t_5 = 0
    l_1_heading = l_1_rows = missing
    if t_5:
        pass
        yield '<p>No rating changed between the periods.</p>\n'
    yield '\n<h2 id="all">Every deliverable</h2>\n<table class="stack">\n  <thead><tr><th scope="col">Deliverable</th>'
    for l_1_period in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="number">'
        yield escape(environment.finalize(l_1_period))
        yield '</th>'
    l_1_period = missing
    yield '<th scope="col">Change</th><th scope="col">Target</th></tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for (l_1_row, l_1_status, l_1_cells), l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rows'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'title')))
        yield '</th>'
        l_2_loop = missing
        for l_2_cell, l_2_loop in LoopContext(l_1_cells, undefined):
            _loop_vars = {}
            pass
            yield '<td class="number" data-label="'
            yield escape(environment.finalize(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'), environment.getattr(l_2_loop, 'index0'))))
            yield '">'
            yield escape(environment.finalize(l_2_cell))
            yield '</td>'
        l_2_loop = l_2_cell = missing
        yield '<td data-label="Change">'
        yield escape(environment.finalize(l_1_status))
        yield '</td><td data-label="Target">'
        yield escape(environment.finalize((environment.getattr(l_1_row, 'target') or '')))
        yield '</td></tr>\n'
    l_1_loop = l_1_row = l_1_status = l_1_cells = missing
    yield '  </tbody>\n</table>\n<footer>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'licence')))
    yield '</p>\n</footer>\n'

blocks = {'title': block_title, 'banner': block_banner, 'content': block_content}
debug_info = '1=12&2=17&3=42&4=52&5=86&6=88&8=90&9=94&10=96&11=98&13=102&14=104&15=107&17=112&23=117&25=125&26=127&27=130&28=134&29=144&30=147&33=157&36=166&39=176&41=185&42=189&48=205&49=209&51=213&52=217&61=242&63=251&64=255&69=274'