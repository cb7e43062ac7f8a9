import re, json, os
move=json.load(open('.tmp/moved.json'))
p='src/ui/zones/strings.ts'
s=open(p).read()
vi_start=s.index('const vi = {'); vi_end=s.index('} as const satisfies Record<string, Message>;')
en_start=s.index('const en: Record<ZonesMessageKey, Message> = {'); en_end=s.index('\n};', en_start)
def entries(block):
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
vi_e=entries(vi_block); en_e=entries(en_block)
def keepjoin(es, keep): return '\n'.join(v.rstrip('\n') for k,v in es if (k in move)!=keep)
new_vi=keepjoin(vi_e, True); new_en=keepjoin(en_e, True)
mv_vi=keepjoin(vi_e, False); mv_en=keepjoin(en_e, False)
s=s[:vi_start]+'const vi = {\n'+new_vi+'\n'+s[vi_end:]
en_start=s.index('const en: Record<ZonesMessageKey, Message> = {'); en_end=s.index('\n};', en_start)
s=s[:en_start]+'const en: Record<ZonesMessageKey, Message> = {\n'+new_en+s[en_end:]
open(p,'w').write(s)
open('src/ui/zones/strings_detail.ts','w').write("""/**
 * Strings of the zones feature that the first view does not show — the details panel and the area table — kept apart
 * from `strings.ts` so they load with those parts.
 */
import { defineMessages, type Message } from '../app/messages.ts';

const vi = {
"""+mv_vi+"""
} as const satisfies Record<string, Message>;

export type ZonesDetailKey = keyof typeof vi;

const en: Record<ZonesDetailKey, Message> = {
"""+mv_en+"""
};

/** A details-panel or area-table string, with `{name}` placeholders filled from `vars`. */
export const tZonesDetail = defineMessages({ vi, en });
""")
keyre='|'.join(move)
for root,_,files in os.walk('src'):
    for f in files:
        if not f.endswith(('.ts','.tsx')) or f in ('strings.ts','strings_detail.ts'): continue
        fp=os.path.join(root,f); t=open(fp).read()
        t2=re.sub(r"tZones\(([^,()]+), '(%s)'"%keyre, r"tZonesDetail(\1, '\2'", t)
        t2=re.sub(r"tZones\(([^,()]+), ([a-z]+ \? '(?:%s)' : '(?:%s)')"%(keyre,keyre), r"tZonesDetail(\1, \2", t2)
        if t2!=t:
            open(fp,'w').write(t2); print('edited', fp)
