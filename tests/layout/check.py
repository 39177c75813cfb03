#!/usr/bin/env python3
"""The architecture as a test: which folder may include which.

core/ features depend on base/ only (strategy also reads the assessment it is written from); nothing in a
feature includes the api facade; ui/ screens reach the shell, their own core feature and, for the few
links between screens, another screen's small interface header; nothing in core/ or ui/ knows the browser.
Every source file in a library folder is listed in its CMakeLists.txt (the lists are explicit, no globbing).
Prints one line per rule broken and ends with "layout: N passed, N failed".
"""
import os, re, sys

root = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
include = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)

core_features = {'base': {'base'}, 'quote': {'base', 'quote'}, 'value': {'base', 'value'},
                 'assess': {'base', 'assess'}, 'strategy': {'base', 'assess', 'strategy'},
                 # a partnership shows the quote, the value share and the asset readiness it links to
                 'partnership': {'base', 'quote', 'value', 'assess', 'partnership'}}
# Interfaces one screen offers another (see "Adding a screen" in ui/shell/screen.h).
screen_links = {'quote': {'screens/value/value_screen.h'}}
screen_core = {'home': set(), 'assessment': {'assess'}, 'readiness': {'assess', 'workspace.h'},
               'assets': {'assess'}, 'strategy': {'strategy', 'assess'}, 'quote': {'quote'}, 'value': {'value'},
               'partnerships': {'partnership', 'quote', 'value', 'assess', 'workspace.h'}}
screen_shared = {'readiness': {'assessment'}, 'assets': {'assessment'}, 'strategy': {'assessment'}}
browser = ('emscripten', 'GLES', 'GLFW', 'html5.h')

passed = failed = 0
def check(ok, message):
    global passed, failed
    if ok: passed += 1
    else:
        failed += 1
        print('FAIL:', message)

def sources(folder):
    for dp, _, files in os.walk(os.path.join(root, folder)):
        for f in sorted(files):
            if f.endswith(('.cpp', '.h')):
                yield os.path.relpath(os.path.join(dp, f), root)

for path in sources('core'):
    parts = path.split('/')
    text = open(os.path.join(root, path), encoding='utf-8').read()
    for inc in include.findall(text):
        check(not inc.startswith(browser), f'{path} includes {inc}: core/ knows nothing of the browser')
        check(not inc.startswith('imgui'), f'{path} includes {inc}: core/ knows nothing of ImGui')
        if len(parts) > 2 and parts[1] in core_features and inc.split('/')[0] in core_features:
            folder = inc.split('/')[0]
            check(folder in core_features[parts[1]],
                  f'{path} includes {inc}: the {parts[1]} feature may use only {sorted(core_features[parts[1]])}')
        if len(parts) > 2 and parts[1] in core_features:
            check(inc not in ('api.h', 'commands.h', 'workspace.h'),
                  f'{path} includes {inc}: a feature never includes the facade that depends on it')

for path in sources('ui'):
    parts = path.split('/')
    text = open(os.path.join(root, path), encoding='utf-8').read()
    for inc in include.findall(text):
        check(not inc.startswith(browser), f'{path} includes {inc}: ui/ knows nothing of the browser')
        check(inc not in ('api.h', 'commands.h'), f'{path} includes {inc}: screens call the features, not the facade')
        if parts[1] == 'screens' and len(parts) > 3 and inc.startswith('screens/') and inc != 'screens/screens.h':
            other = inc.split('/')[1]
            me = parts[2]
            check(other == me or other in screen_shared.get(me, set()) or inc in screen_links.get(me, set()),
                  f'{path} includes {inc}: a screen reaches another only through its interface header')
        if parts[1] == 'screens' and len(parts) > 3 and '/' in inc and inc.split('/')[0] in core_features \
                and inc.split('/')[0] != 'base':
            check(inc.split('/')[0] in screen_core.get(parts[2], set()),
                  f'{path} includes {inc}: the {parts[2]} screen shows only {sorted(screen_core.get(parts[2], set()))}')

# Every .cpp in a library folder is named in the CMakeLists.txt that builds it.
for folder, cmake in (('core', 'core/CMakeLists.txt'), ('ui/shell', 'ui/CMakeLists.txt'),
                      ('ui/screens', 'ui/CMakeLists.txt'), ('tests/unit', 'tests/CMakeLists.txt'),
                      ('tests/ui', 'tests/CMakeLists.txt'), ('web', 'web/CMakeLists.txt')):
    listed = open(os.path.join(root, cmake), encoding='utf-8').read()
    base = os.path.dirname(cmake)
    for path in sources(folder):
        if not path.endswith('.cpp'):
            continue
        rel = os.path.relpath(path, base)
        name = os.path.basename(path)
        if folder == 'tests/fuzz':
            continue
        check(rel in listed or (folder == 'web' and name in listed),
              f'{path} is not listed in {cmake}: sources are listed by name, so it would not be built')

print(f'layout: {passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
