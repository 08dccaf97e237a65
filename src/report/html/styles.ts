/** The CSS of report.html and index.html, inlined in each page (no external files). */

/** Shared by both pages: type, tables, verdict colours, badges. */
export const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f6f7f9;color:#1f2328;font:15px/1.6 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
main{margin:0 auto;padding:20px clamp(12px,2.5vw,40px) 48px;background:#fff;min-height:100vh}
h1{font-size:24px;margin:0 0 12px}
h2{font-size:19px;margin:28px 0 12px;padding-bottom:4px;border-bottom:2px solid #d0d7de}
h3{font-size:16px;margin:0 0 6px}
table{width:100%;border-collapse:collapse;margin:8px 0 16px;font-size:14px}
th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#eef1f4}
tbody tr:nth-child(even){background:#fafbfc}
td.num,th.num{text-align:right;white-space:nowrap}
code,.mono{font-family:ui-monospace,SFMono-Regular,Consolas,"Liberation Mono",monospace;font-size:13px}
code{background:#eef1f4;border-radius:3px;padding:0 4px}
.muted{color:#656d76}
.verdict-pass{background:#e8f5ec;border-color:#1a7f37;color:#0f5323}
.verdict-fail{background:#fdecea;border-color:#b42318;color:#7a1a12}
.verdict-needs-review{background:#fff8e1;border-color:#bf8700;color:#6b4b00}
.verdict-error{background:#f0f1f3;border-color:#57606a;color:#32383f}
.flag{display:inline-block;border-radius:4px;padding:0 6px;margin:1px 4px 1px 0;font-size:13px;font-weight:bold;white-space:nowrap;background:#b42318;color:#fff}
.flag.effect-needs-review{background:#9a6700}
.chart{margin:8px 0 16px;overflow-x:auto}
.chart svg{max-width:100%;height:auto}
footer{margin-top:40px;font-size:13px;color:#656d76}
`;

/** report.html: banner, conditions with evidence, score. */
export const REPORT_CSS = `
main{max-width:1280px}
.banner{border-radius:6px;padding:14px 18px;margin:0 0 16px;border-left:8px solid}
.banner .verdict{font-size:22px;margin:0}
.banner p{margin:4px 0 0}
.banner ul.flags{margin:8px 0 0;padding-left:0;list-style:none}
.banner ul.flags li{margin:4px 0;color:#1f2328}
.banner table{background:#fff;margin:6px 0 4px;font-size:13px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0 0 8px}
dl.meta dt{color:#656d76}
dl.meta dd{margin:0}
.cond{border:1px solid #d0d7de;border-left:6px solid;border-radius:6px;padding:10px 14px;margin:0 0 12px}
.cond.status-pass{border-left-color:#1a7f37}
.cond.status-fail{border-left-color:#b42318;background:#fffafa}
.cond.status-unknown{border-left-color:#bf8700;background:#fffdf5}
.cond .cond-id{font-size:12px;color:#656d76;background:none;font-weight:normal}
.badge{display:inline-block;border-radius:4px;padding:0 8px;margin-right:8px;color:#fff;font-size:13px;font-weight:bold}
.status-pass .badge{background:#1a7f37}
.status-fail .badge{background:#b42318}
.status-unknown .badge{background:#9a6700}
.cond .message{margin:4px 0}
.cond .source{margin:4px 0;font-size:13px;color:#656d76}
ul.evidence{margin:6px 0 0;padding-left:20px;font-size:14px}
ul.evidence li{margin:4px 0}
details.more-evidence{font-size:14px;margin:4px 0 0 20px}
details.more-evidence summary{cursor:pointer;color:#0969da}
details.more-evidence ul.evidence{padding-left:0}
blockquote{margin:2px 0 0;padding:2px 10px;border-left:3px solid #d0d7de;color:#424a53;background:#f6f8fa;white-space:pre-wrap;word-break:break-all}
img.scan{display:block;max-width:100%;margin:4px 0 0;border:1px solid #d0d7de}
p.readings{margin:2px 0 0;color:#9a6700;font-size:.9em}
tr.inflated td{background:#fdecea}
table.score th{white-space:nowrap}
ul.messages li.level-error{color:#b42318}
ul.messages li.level-warning{color:#6b4b00}
@media print{
  @page{size:A4;margin:14mm 12mm}
  body{background:#fff;font-size:11pt}
  main{max-width:none;padding:0;min-height:0}
  a{color:inherit;text-decoration:none}
  .cond,.banner,tr,.chart{break-inside:avoid}
  h2{break-after:avoid}
  details.more-evidence summary{display:none}
  details.more-evidence::details-content{content-visibility:visible;display:block}
}
`;

/** index.html: fluid table of the batch, controls, batch problems, chart; an A4 landscape digest in print. */
export const INDEX_CSS = `
ul.totals{list-style:none;display:flex;flex-wrap:wrap;gap:12px;padding:0;margin:0 0 16px}
ul.totals li{border-radius:6px;border-left:6px solid;padding:8px 16px;min-width:130px}
ul.totals strong{display:block;font-size:24px}
section.problems{border:1px solid #b42318;border-left:8px solid #b42318;border-radius:6px;background:#fffafa;padding:10px 16px;margin:0 0 16px}
section.problems h2{margin:0 0 6px;border:none;font-size:17px;color:#7a1a12}
section.problems ul{margin:0;padding-left:20px}
.controls{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:8px 0;padding:8px 12px;background:#eef1f4;border-radius:6px;font-size:14px}
.controls input[type=search]{min-width:16em;padding:4px 8px;font:inherit}
.controls select{padding:3px 6px;font:inherit}
.controls .shown{margin-left:auto;color:#656d76}
.table-wrap{overflow-x:auto}
table.index{font-size:13.5px}
table.index th{white-space:nowrap;position:sticky;top:0;z-index:1}
table.index th button{all:unset;cursor:pointer;display:block}
table.index th button::after{content:" ↕";color:#8c959f}
table.index th[aria-sort=ascending] button::after{content:" ▲";color:#1f2328}
table.index th[aria-sort=descending] button::after{content:" ▼";color:#1f2328}
table.index td.verdict{font-weight:bold;white-space:nowrap}
table.index td:first-child{min-width:9em}
table.index td.conds span{display:inline-block;margin:0 6px 2px 0;border-bottom:1px dotted #8c959f}
table.index td.conds span.unknown{color:#6b4b00}
table.index td.conds span.fail{color:#7a1a12}
table.index td.score small{display:block;color:#656d76}
@media print{
  @page{size:A4 landscape;margin:10mm}
  body{background:#fff;font-size:9pt}
  main{padding:0;min-height:0}
  .controls,.no-print,table.index th button::after{display:none !important}
  a{color:inherit;text-decoration:none}
  table.index{font-size:8pt;table-layout:fixed;width:100%}
  table.index th{position:static;white-space:normal}
  .chart svg{max-height:78mm;width:auto}
  table.index th,table.index td{padding:2px 4px;word-break:break-all}
  table.index col.wide{width:16%}
  table.index .print-hide{display:none}
  table.index tr{break-inside:avoid}
  tr[hidden]{display:none}
  .chart,section.problems{break-inside:avoid}
  h2{break-after:avoid}
  ul.totals li{padding:2px 10px;min-width:0}
  ul.totals strong{font-size:14pt}
}
`;
