# Jinja's compilation of templates/base.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield from context.blocks['title'][0](context)
    yield '</title>\n<style>\n  /* NHS digital service manual palette: text #212b32, secondary #4c6272, blue #005eb8. */\n  :root { --text: #212b32; --muted: #4c6272; --blue: #005eb8; --dark-blue: #003087; --grey: #f0f4f5;\n          --border: #aeb7bd; }\n  * { box-sizing: border-box; }\n  body { margin: 0; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1rem;\n         line-height: 1.5; color: var(--text); background: #fff; }\n  a { color: var(--blue); }\n  a:visited { color: #330072; }\n  a:focus { outline: 3px solid #ffeb3b; background: #ffeb3b; color: var(--text); }\n  .skip-link { position: absolute; left: -9999px; top: 0; padding: 8px 16px; background: #ffeb3b;\n               color: var(--text); }\n  .skip-link:focus { left: 8px; }\n  header.banner { background: var(--blue); color: #fff; padding: 16px 24px; }\n  header.banner p { margin: 0; font-weight: bold; }\n  main { max-width: 1180px; margin: 0 auto; padding: 8px 24px 48px; }\n  h1 { font-size: 2rem; line-height: 1.2; margin: 24px 0 8px; }\n  h2 { font-size: 1.5rem; margin: 40px 0 12px; border-bottom: 2px solid var(--blue); padding-bottom: 4px; }\n  h3 { font-size: 1.2rem; margin: 28px 0 8px; }\n  h4 { font-size: 1rem; margin: 16px 0 4px; }\n  .muted, .meta dt { color: var(--muted); }\n  .meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 16px; }\n  .meta dd { margin: 0; }\n  table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.95rem; }\n  th, td { border: 1px solid var(--border); padding: 6px 8px; text-align: left; vertical-align: top; }\n  thead th { background: var(--grey); }\n  td.number, th.number { text-align: right; }\n  tr.total th, tr.total td { font-weight: bold; }\n  .rating { display: inline-block; padding: 1px 6px; border-left: 6px solid; border-radius: 2px;\n            font-weight: bold; font-size: 0.9rem; white-space: nowrap; }\n  .level-1 { background: #f6d5d3; border-color: #d5281b; }\n  .level-2 { background: #fff1c7; border-color: #ffb81c; }\n  .level-3 { background: #d6e8f7; border-color: #005eb8; }\n  .level-4 { background: #cce5d8; border-color: #007f3b; }\n  .level-none { background: #e8edee; border-color: #768692; border-left-style: dashed; }\n  /* Delivery status: the words carry it; the colour is a second cue. */\n  .status { display: inline-block; padding: 1px 6px; border-left: 6px solid; border-radius: 2px;\n            font-weight: bold; font-size: 0.9rem; white-space: nowrap; }\n  .status-in-place { background: #cce5d8; border-color: #007f3b; }\n  .status-on-track { background: #d6e8f7; border-color: #005eb8; }\n  .status-off-track { background: #f6d5d3; border-color: #d5281b; }\n  .status-no-plan { background: #e8edee; border-color: #768692; border-left-style: dashed; }\n  .basis { font-weight: bold; }\n  table.grid { table-layout: fixed; font-size: 0.85rem; }\n  table.grid td { padding: 4px; }\n  table.grid .rating { white-space: normal; }\n  table.grid td.cell { border-left-width: 6px; }\n  table.grid a { display: block; color: var(--text); }\n  table.grid .parts { margin: 4px 0 0; padding: 0 0 0 12px; font-size: 0.8rem; }\n  td.not-chosen { background: repeating-linear-gradient(45deg, #fff, #fff 6px, #f0f4f5 6px, #f0f4f5 12px); }\n  td.not-chosen span { background: #fff; color: var(--muted); }\n  ol.plan > li { margin-bottom: 24px; }\n  .glance-who { font-size: 1.1rem; }\n  ul.levels { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px 16px; }\n  ul.levels .count { font-weight: bold; font-size: 1.2rem; }\n  ol.glance-priorities > li { margin-bottom: 8px; }\n  .grid-list { display: none; }\n  .met { list-style: none; padding-left: 0; }\n  .met strong { display: inline-block; min-width: 5.5em; }\n  .swatch { display: inline-block; width: 1em; height: 1em; vertical-align: middle; border: 1px solid #212b32; }\n  blockquote { margin: 8px 0; padding: 4px 12px; border-left: 4px solid var(--border); color: var(--muted); }\n  footer { border-top: 1px solid var(--border); margin-top: 48px; padding-top: 8px; color: var(--muted);\n           font-size: 0.9rem; }\n  img, svg { max-width: 100%; height: auto; }\n  /* Phones, and desktops zoomed to 400% (WCAG 2.2 reflow, 320 CSS px): nothing scrolls sideways. The\n     grid becomes one list per column; other tables stack, each cell labelled by its column. */\n  @media screen and (max-width: 40em) {\n    header.banner { padding: 12px; }\n    main { padding: 8px 12px 32px; }\n    h1 { font-size: 1.6rem; }\n    .meta { grid-template-columns: 1fr; }\n    .meta dd { margin-bottom: 6px; }\n    .rating { white-space: normal; }\n    table.roadmap-grid { display: none; }\n    .grid-list { display: block; }\n    table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }\n    table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden;\n                        clip-path: inset(50%); white-space: nowrap; }\n    table.stack tr { border: 1px solid var(--border); margin: 0 0 8px; }\n    table.stack th, table.stack td { border: 0; padding: 2px 8px; text-align: left; }\n    table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }\n  }\n  @media print {\n    @page { size: A4; margin: 15mm 12mm;\n            @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt;\n                            color: #4c6272; } }\n    body { font-size: 10pt; }\n    header.banner { background: none; color: var(--text); border-bottom: 2px solid var(--blue); padding: 0 0 6px; }\n    main { max-width: none; padding: 0; }\n    .skip-link, nav.contents { display: none; }\n    h2 { break-before: page; }\n    h2:first-of-type, .glance h2 { break-before: auto; }\n    .glance { break-after: page; }\n    h2, h3, h4 { break-after: avoid; }\n    table { font-size: 8pt; }\n    table.grid { font-size: 7pt; }\n    /* Whole rows and list items, unless one is longer than a page (a plan item): that one breaks. */\n    tr, td, th, li li, ol.glance-priorities > li, blockquote { break-inside: avoid; }\n    /* On paper the grid is read as a list per column, in two columns: a table row holding an\n       umbrella and its parts was taller than a page and left a page with only the header. */\n    table.roadmap-grid { display: none; }\n    .grid-list { display: block; columns: 2; column-gap: 8mm; font-size: 8.5pt; }\n    .grid-list h3 { break-after: avoid; margin-top: 0; }\n    .grid-list ul { margin-top: 2px; }\n    .grid-list li { break-inside: avoid; margin-bottom: 2px; }\n    .grid-list .rating { font-size: 1em; padding: 0 4px; border-left-width: 4px; }\n    thead { display: table-header-group; }\n    a { color: var(--text); text-decoration: none; }\n    .rating, .status, td.cell, .level-1, .level-2, .level-3, .level-4, .level-none {\n      -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n  }\n'
    yield from context.blocks['print_margins'][0](context)
    yield '</style>\n'
    yield from context.blocks['head'][0](context)
    yield '</head>\n<body>\n<a class="skip-link" href="#main">Skip to main content</a>\n<header class="banner"><p>'
    yield from context.blocks['banner'][0](context)
    yield '</p></header>\n'
    yield from context.blocks['nav'][0](context)
    yield '<main id="main">\n'
    yield from context.blocks['content'][0](context)
    yield '</main>\n</body>\n</html>\n'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_print_margins(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_head(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_banner(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_nav(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'print_margins': block_print_margins, 'head': block_head, 'banner': block_banner, 'nav': block_nav, 'content': block_content}
debug_info = '6=12&118=14&120=16&124=18&125=20&127=22&6=25&118=34&120=43&124=52&125=61&127=70'