# Jinja's compilation of templates/site/downloads.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/downloads.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('site/layout.html', 'site/downloads.html')
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
    pass
    yield 'Downloads: CMH transformation published self-assessments'

def block_page(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    pass
    yield '<h1>Downloads</h1>\n<div class="narrow">\n<p>Everything this site publishes, as data: '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rows')))
    yield ' row'
    yield escape(environment.finalize(('' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rows') == 1) else 's')))
    yield ', one per system, period and deliverable.</p>\n<ul>\n'
    for (l_1_href, l_1_name, l_1_what) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'files'):
        _loop_vars = {}
        pass
        yield '  <li><a href="'
        yield escape(environment.finalize(l_1_href))
        yield '">'
        yield escape(environment.finalize(l_1_name))
        yield '</a>: '
        yield escape(environment.finalize(l_1_what))
        yield '</li>\n'
    l_1_href = l_1_name = l_1_what = missing
    yield '</ul>\n<h2 id="fields">What each column holds</h2>\n<dl class="meta">\n'
    for (l_1_name, l_1_meaning) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'fields'):
        _loop_vars = {}
        pass
        yield '  <dt><code>'
        yield escape(environment.finalize(l_1_name))
        yield '</code></dt><dd>'
        yield escape(environment.finalize(l_1_meaning))
        yield '</dd>\n'
    l_1_name = l_1_meaning = missing
    yield '</dl>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'left_out'):
        pass
        yield '<h2 id="left-out">Left out</h2>\n<ul>\n'
        for l_1_item in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'left_out'):
            _loop_vars = {}
            pass
            yield '  <li>'
            yield escape(environment.finalize(l_1_item))
            yield '</li>\n'
        l_1_item = missing
        yield '</ul>\n'
    yield '</div>\n'

blocks = {'title': block_title, 'page': block_page}
debug_info = '1=12&2=17&3=27&6=37&8=41&9=45&14=53&15=57&18=63&21=66&22=70'