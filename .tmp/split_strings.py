import re, json, os, subprocess
p='src/ui/zones/strings.ts'
s=open(p).read()
vi_start=s.index('const vi = {'); vi_end=s.index('} as const satisfies Record<string, Message>;')
en_start=s.index('const en: Record<ZonesMessageKey, Message> = {'); en_end=s.index('\n};', en_start)
def entries(block):
    # split top-level entries "  key: value," possibly multiline
    out=[]; cur=None
    for line in block.split('\n'):
        m=re.match(r"  ([A-Za-z0-9_]+): ", line)
        if m:
            if cur: out.append(cur)
            cur=[m.group(1), line]
        elif cur is not None:
            cur[1]+='\n'+line
    if cur: out.append(cur)
    return out
vi_block=s[vi_start+len('const vi = {\n'):vi_end]
en_block=s[en_start+len('const en: Record<ZonesMessageKey, Message> = {\n'):en_end+1]
vi_e=entries(vi_block); en_e=dict((k,v) for k,v in entries(en_block))
m=json.load(open([ 'dist/assets/'+f for f in os.listdir('dist/assets') if re.match(r'index-.*\.js\.map$',f)][0]))
first=[os.path.normpath(os.path.join('dist/assets',x)) for x in m['sources'] if '/src/' in x or x.startswith('../../src')]
first=[f for f in first if f.endswith(('.ts','.tsx')) and not f.endswith('strings.ts')]
text=''.join(open(f).read() for f in first if os.path.exists(f))
keep=[k for k,_ in vi_e if re.search(r"['\"]%s['\"]"%k, text)]
move=[k for k,_ in vi_e if k not in keep]
print('first-load files', len(first)); print('keep', len(keep), 'move', len(move))
print(' '.join(move))
json.dump(move, open('.tmp/moved.json','w'))
