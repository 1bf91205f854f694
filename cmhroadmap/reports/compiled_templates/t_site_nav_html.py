# Jinja's compilation of templates/site/nav.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/nav.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    try:
        t_1 = environment.filters['clean']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clean' found.")
    pass
    yield '<nav class="site" aria-label="Site">\n  <ul>\n    <li><a href="'
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home')))
    yield '">All systems</a></li>\n    <li><a href="'
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'method')))
    yield '">Method</a></li>\n    <li><a href="'
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'downloads')))
    yield '">Downloads</a></li>\n  </ul>\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'crumbs'):
        pass
        yield '  <p class="crumbs">You are in: '
        l_1_loop = missing
        for (l_1_text, l_1_href), l_1_loop in LoopContext(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'crumbs'), undefined):
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape(environment.finalize(l_1_href))
            yield '">'
            yield escape(environment.finalize(t_1(l_1_text)))
            yield '</a>'
            yield escape(environment.finalize((' › ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 8 in 'site/nav.html' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_text = l_1_href = missing
        yield '</p>\n'
    yield '</nav>\n'

blocks = {}
debug_info = '3=19&4=21&5=23&7=25&8=29'