import Holidays from 'date-holidays';
function easter(y){const a=y%19,b=Math.floor(y/100),c=y%100,d=Math.floor(b/4),e=b%4,f=Math.floor((b+8)/25),g=Math.floor((b-f+1)/3),h=(19*a+b-d-g+15)%30,i=Math.floor(c/4),k=c%4,l=(32+2*e+2*i-h-k)%7,m=Math.floor((a+11*h+22*l)/451),mo=Math.floor((h+l-7*m+114)/31),da=((h+l-7*m+114)%31)+1;return Date.UTC(y,mo-1,da);}
const iso=t=>new Date(t).toISOString().slice(0,10);
const extra={null:[],'57':['GF','12-26'],'67':['GF','12-26'],'68':['GF','12-26'],GP:['GF','05-27'],MQ:['GF','05-22'],GF:['06-10'],RE:['12-20'],YT:['04-27'],MF:['05-27'],BL:['10-09']};
for (const s of Object.keys(extra)) {
  const hd = s!=='null' ? new Holidays('FR', s) : new Holidays('FR');
  let diffs=0;
  for (let y=1900;y<=2200;y++){
    const e=easter(y), D=86400000;
    const mine=new Set([`${y}-01-01`,iso(e+D),`${y}-05-01`,`${y}-05-08`,iso(e+39*D),iso(e+50*D),`${y}-07-14`,`${y}-08-15`,`${y}-11-01`,`${y}-11-11`,`${y}-12-25`]);
    for (const x of extra[s]) mine.add(x==='GF'?iso(e-2*D):`${y}-${x}`);
    const theirs=new Set((hd.getHolidays(y)||[]).filter(h=>h.type==='public').map(h=>h.date.slice(0,10)));
    const a=[...mine].filter(x=>!theirs.has(x)), b=[...theirs].filter(x=>!mine.has(x));
    if(a.length||b.length){diffs++; if(diffs<40) console.log(s,y,'mine-only',a,'theirs-only',b);}
  }
  console.log('zone',s,'diff years',diffs);
}
