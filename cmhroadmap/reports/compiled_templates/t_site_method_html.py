# Jinja's compilation of templates/site/method.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/method.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_rating = missing
    pass
    parent_template = environment.get_template('site/layout.html', 'site/method.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('site/macros.html', 'site/method.html')._get_default_module(context)
    l_0_rating = getattr(included_template, 'rating', missing)
    if l_0_rating is missing:
        l_0_rating = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/method.html') does not export the requested name 'rating'", name='rating')
    context.vars['rating'] = l_0_rating
    context.exported_vars.discard('rating')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Method: CMH transformation published self-assessments'

def block_page(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '<h1>How these pages were made</h1>\n<div class="narrow">\n<h2 id="scale">The tool\'s four-point scale</h2>\n<p>The roadmap itself has no rating scale: its only legend is "In place by end of year". Each system rates each deliverable on the four levels below, which were written for cmhroadmap, the tool that made these pages, and are not NHS England\'s wording. The Five Year Forward View for Mental Health implementation plan says self-assessments are independently validated and scored against a four-point scale, but does not name the levels.</p>\n<dl class="meta">\n'
    for (l_1_view, l_1_description) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        l_1_rating = resolve('rating')
        _loop_vars = {}
        pass
        yield '  <dt>'
        yield escape(environment.finalize(context.call((undefined(name='rating') if l_1_rating is missing else l_1_rating), l_1_view, _loop_vars=_loop_vars)))
        yield '</dt><dd>'
        yield escape(environment.finalize(l_1_description))
        yield '</dd>\n'
    l_1_view = l_1_description = l_1_rating = missing
    yield '</dl>\n<p>A deliverable made of parts (an umbrella) takes the lowest rating among its parts. Deliverables of a dedicated focus area count only for the systems that chose that area.</p>\n\n<h2 id="validation">Self-rating and validation</h2>\n<p>Every rating starts as the system\'s own: a self-assessment, made by the system against the roadmap\'s Getting started steps and Success markers. An independent validator (for example a regional team) may then check the evidence and give ratings of its own, in a separate file; the system\'s file is never changed.</p>\n<p>Where a validator rated a deliverable, this site shows the validated rating, marked ✓ in the grids and named "validated"; everywhere else it shows the system\'s own rating, named "self-assessed". Each system\'s reports show both ratings side by side where they differ.</p>\n<p>Published: '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'systems')))
    yield ' system'
    yield escape(environment.finalize(('' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'systems') == 1) else 's')))
    yield ', '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'assessments')))
    yield ' assessment'
    yield escape(environment.finalize(('' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'assessments') == 1) else 's')))
    yield ' over '
    yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'), ', ')))
    yield ', '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validations')))
    yield ' of them independently validated.</p>\n\n<h2 id="published">What is published, and what is left out</h2>\n<p>Published: each system\'s ratings, its targets, and the validation outcomes (the validator\'s ratings and notes).</p>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'left_out'):
        pass
        yield "<p>Left out, by the publisher's decision:</p>\n<ul>\n"
        for l_1_item in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'left_out'):
            _loop_vars = {}
            pass
            yield '  <li>'
            yield escape(environment.finalize(l_1_item))
            yield '</li>\n'
        l_1_item = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p>Nothing is left out: evidence text and owners are published too.</p>\n'
    yield '\n<h2 id="source">The roadmap and its source</h2>\n<dl class="meta">\n  <dt>Roadmap</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmap_title')))
    yield '</dd>\n  <dt>Versions used</dt><dd>'
    yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmap_versions'), '; ')))
    yield '</dd>\n  <dt>Source</dt><dd>'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'source_url'):
        pass
        yield '<a href="'
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'source_url')))
        yield '">'
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'source')))
        yield '</a>'
    else:
        pass
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'source')))
    yield '</dd>\n  <dt>Licence</dt><dd><a href="'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'licence_url')))
    yield '">'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'licence_name')))
    yield '</a></dd>\n</dl>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'attribution')))
    yield "</p>\n<p>The ratings are the systems' own and their validators'; NHS England did not make or check these pages.</p>\n</div>\n"

blocks = {'title': block_title, 'page': block_page}
debug_info = '1=13&2=16&3=24&4=34&10=50&11=55&19=61&23=73&26=76&27=80&36=88&37=90&38=92&39=103&41=107'