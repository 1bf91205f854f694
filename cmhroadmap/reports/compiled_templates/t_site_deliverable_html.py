# Jinja's compilation of templates/site/deliverable.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/deliverable.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_rating = l_0_cell = l_0_key = missing
    pass
    parent_template = environment.get_template('site/layout.html', 'site/deliverable.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('site/macros.html', 'site/deliverable.html')._get_default_module(context)
    l_0_rating = getattr(included_template, 'rating', missing)
    if l_0_rating is missing:
        l_0_rating = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/deliverable.html') does not export the requested name 'rating'", name='rating')
    l_0_cell = getattr(included_template, 'cell', missing)
    if l_0_cell is missing:
        l_0_cell = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/deliverable.html') does not export the requested name 'cell'", name='cell')
    l_0_key = getattr(included_template, 'key', missing)
    if l_0_key is missing:
        l_0_key = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/deliverable.html') does not export the requested name 'key'", name='key')
    context.vars.update({'rating': l_0_rating, 'cell': l_0_cell, 'key': l_0_key})
    context.exported_vars.difference_update(('rating', 'cell', 'key'))
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
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'title')))
    yield ': CMH transformation across systems'

def block_page(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    l_0_site = resolve('site')
    l_0_rating = resolve('rating')
    l_0_key = resolve('key')
    try:
        t_1 = environment.filters['clean']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clean' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'title')))
    yield '</h1>\n<p class="basis">Ratings used: '
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'basis')))
    yield '.</p>\n<dl class="meta">\n  <dt>Roadmap column</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'column')))
    yield '</dd>\n  <dt>Latest period</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</dd>\n</dl>\n\n<h2 id="in-place">Fully in place, '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</h2>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'in_place'):
        pass
        yield '<p>Systems rated '
        yield escape(environment.finalize(context.call((undefined(name='rating') if l_0_rating is missing else l_0_rating), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'top'), _block_vars=_block_vars)))
        yield ', those whose rating a validator confirmed first: they may be the ones to ask.</p>\n<ul>\n'
        for l_1_s in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'in_place'):
            _loop_vars = {}
            pass
            yield '  <li><a href="'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'href')))
            yield '">'
            yield escape(environment.finalize(t_1(environment.getattr(l_1_s, 'name'))))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_s, 'code')))
            yield ')</a>: '
            yield escape(environment.finalize(environment.getattr(l_1_s, 'basis')))
            yield '</li>\n'
        l_1_s = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p>No system rates this deliverable '
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'top'), 'text')))
        yield ' for '
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
        yield '.</p>\n'
    yield '\n<h2 id="spread">Across systems over the years</h2>\n<table class="stack spread">\n  <caption id="spread-caption" class="muted">Systems at each level, period by period (validated ratings where given)</caption>\n  <thead><tr><th scope="col">Period</th>'
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="number">'
        yield escape(environment.finalize(environment.getattr(l_1_level, 'text')))
        yield '</th>'
    l_1_level = missing
    yield '<th scope="col" class="number">Not assessed</th><th scope="col" class="number">Not a chosen focus area</th><th scope="col" class="number">Of the rated, validated</th></tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'spread'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'period')))
        yield '</th>'
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(environment.getattr(l_1_row, 'counts'), undefined):
            _loop_vars = {}
            pass
            yield '<td class="number" data-label="'
            yield escape(environment.finalize(environment.getattr(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'), environment.getattr(l_2_loop, 'index0')), 'text')))
            yield '">'
            yield escape(environment.finalize(l_2_n))
            yield '</td>'
        l_2_loop = l_2_n = missing
        yield '<td class="number" data-label="Not assessed">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'not_assessed')))
        yield '</td><td class="number" data-label="Not a chosen focus area">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'out_of_scope')))
        yield '</td><td class="number" data-label="Of the rated, validated">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'validated')))
        yield '</td></tr>\n'
    l_1_loop = l_1_row = missing
    yield '  </tbody>\n</table>\n\n<h2 id="systems">Every system, '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</h2>\n'
    yield escape(environment.finalize(context.call((undefined(name='key') if l_0_key is missing else l_0_key), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'), _block_vars=_block_vars)))
    yield '\n<table class="ratings">\n  <caption class="muted">Each system\'s rating for '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield ', highest first</caption>\n  <thead><tr><th scope="col">System</th><th scope="col">Rating</th><th scope="col">Basis</th></tr></thead>\n  <tbody>\n'
    for l_1_s in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'latest'):
        l_1_cell = resolve('cell')
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row"><a href="'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'href')))
        yield '">'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_s, 'name'))))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(l_1_s, 'code')))
        yield ')</a></th>'
        yield escape(environment.finalize(context.call((undefined(name='cell') if l_1_cell is missing else l_1_cell), environment.getattr(l_1_s, 'rating'), _loop_vars=_loop_vars)))
        yield '<td>'
        yield escape(environment.finalize((environment.getattr(l_1_s, 'basis') if (environment.getattr(environment.getattr(l_1_s, 'rating'), 'text') != '–') else '')))
        yield '</td></tr>\n'
    l_1_s = l_1_cell = missing
    yield '  </tbody>\n</table>\n'

blocks = {'title': block_title, 'page': block_page}
debug_info = '1=13&2=16&3=30&4=42&5=61&6=63&8=65&9=67&12=69&13=71&14=74&16=76&17=80&21=93&27=98&29=107&30=111&35=132&36=134&38=136&41=138&42=143'