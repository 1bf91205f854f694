# Jinja's compilation of templates/_glance.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_glance.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_g = resolve('g')
    l_0_rating = missing
    try:
        t_1 = environment.filters['clean']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clean' found.")
    pass
    included_template = environment.get_template('_macros.html', '_glance.html')._get_default_module(context)
    l_0_rating = getattr(included_template, 'rating', missing)
    if l_0_rating is missing:
        l_0_rating = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_glance.html') does not export the requested name 'rating'", name='rating')
    context.vars['rating'] = l_0_rating
    context.exported_vars.discard('rating')
    yield '<section class="glance" id="glance" aria-labelledby="glance-title">\n<h2 id="glance-title">At a glance</h2>\n<p class="basis">Ratings used: '
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'basis')))
    yield '.</p>\n<p class="glance-who"><strong>'
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'organisation'))))
    yield '</strong> ('
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'code')))
    yield '), '
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'period')))
    yield ', assessed on '
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'assessed_on')))
    yield '.</p>\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'expectation'):
        pass
        yield '<p class="expectation"><strong>'
        yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'expectation')))
        yield '</strong></p>\n'
    yield '<h3>Where the '
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'in_scope')))
    yield ' deliverables in scope stand</h3>\n<ul class="levels">\n'
    for (l_1_view, l_1_count) in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'levels'):
        _loop_vars = {}
        pass
        yield '  <li>'
        yield escape(environment.finalize(context.call((undefined(name='rating') if l_0_rating is missing else l_0_rating), l_1_view, _loop_vars=_loop_vars)))
        yield ' <span class="count">'
        yield escape(environment.finalize(l_1_count))
        yield '</span></li>\n'
    l_1_view = l_1_count = missing
    yield '</ul>\n<h3>Delivery against the system\'s own targets</h3>\n<ul class="levels delivery">\n'
    for (l_1_status, l_1_words, l_1_count) in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'delivery'):
        _loop_vars = {}
        pass
        yield '  <li><span class="status status-'
        yield escape(environment.finalize(l_1_status))
        yield '">'
        yield escape(environment.finalize(l_1_words))
        yield '</span> <span class="count">'
        yield escape(environment.finalize(l_1_count))
        yield '</span></li>\n'
    l_1_status = l_1_words = l_1_count = missing
    yield '</ul>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'delivery_sentence')))
    yield '</p>\n<h3>'
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'priorities_title')))
    yield '</h3>\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'priorities'):
        pass
        yield '<ol class="glance-priorities">\n'
        for l_1_p in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'priorities'):
            _loop_vars = {}
            pass
            yield '  <li><a href="'
            yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'link_base')))
            yield '#'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'anchor')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'title')))
            yield '</a> '
            yield escape(environment.finalize(context.call((undefined(name='rating') if l_0_rating is missing else l_0_rating), environment.getattr(l_1_p, 'rating'), _loop_vars=_loop_vars)))
            yield '<br>'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'sentence')))
            yield '</li>\n'
        l_1_p = missing
        yield '</ol>\n'
    else:
        pass
        yield '<p>'
        yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'no_priorities')))
        yield '</p>\n'
    yield '<h3>What else the board should know</h3>\n<ul class="glance-notes">\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'validation'):
        pass
        yield '  <li>'
        yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'validation')))
        yield '</li>\n'
    yield '  <li>'
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'ahead')))
    yield '</li>\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'movement'):
        pass
        yield '  <li>'
        yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'movement')))
        yield '</li>\n'
    for l_1_sentence in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'problems'):
        _loop_vars = {}
        pass
        yield '  <li>'
        yield escape(environment.finalize(l_1_sentence))
        yield '</li>\n'
    l_1_sentence = missing
    yield '</ul>\n</section>\n'

blocks = {}
debug_info = '2=19&5=26&6=28&7=36&8=39&10=42&12=44&13=48&18=54&19=58&22=66&23=68&24=70&26=73&27=77&31=92&35=95&36=98&38=101&39=103&40=106&42=108&43=112'