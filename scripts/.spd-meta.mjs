import { build } from 'esbuild';
const [entry, name] = process.argv.slice(2);
const r = await build({ bundle:true, platform:'node', format:'esm', target:'node20', write:false, metafile:true, keepNames:true, entryPoints:{[name]:entry}, outdir:'/tmp/spd-out', splitting:true, chunkNames:'c/[name]-[hash]'});
for (const [name,o] of Object.entries(r.metafile.outputs)) {
  const by = {};
  for (const [inp,v] of Object.entries(o.inputs)) { const parts=inp.split('/'); const k = inp.includes('node_modules')? parts.slice(0, parts.indexOf('node_modules')+ (parts[parts.indexOf('node_modules')+1].startsWith('@')?3:2)).join('/') : parts.slice(0,3).join('/'); by[k]=(by[k]??0)+v.bytesInOutput; }
  console.log(name.split('/').pop(), o.bytes, 'imports:', o.imports.filter(i=>!i.path.startsWith('node:')&&i.external!==true).map(i=>i.path.split('/').pop()+(i.kind==='dynamic-import'?'(dyn)':'')).join(' '));
  console.log('   ', Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,10).map(([k,v])=>k.replace('node_modules/','')+':'+v).join('  '));
}
