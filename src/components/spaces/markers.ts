/**
 * Drawing markers and clusters: as SVG (few points; each a focusable button) or on a
 * canvas (thousands; the list beside the map is then the keyboard path). Both draw the
 * same picture: a kind's shape in its colour, or a circle with the count and a ring split
 * by kind.
 */
import { svg, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CulturalSpace } from '../../schema/index.js';
import type { Cluster } from './cluster.js';
import { kindColours, kindLabel, kindShapes, type SpaceKind } from './kinds.js';

/** Above this many placed spaces the markers go on a canvas. */
export const CANVAS_THRESHOLD = 2000;
/** Grid cell for clustering, in pixels at 16 px text (times the text's scale). */
export const CLUSTER_CELL = 44;

export const clusterRadius = (size: number) => Math.min(22, 11 + Math.log2(size) * 2);

/** "12 không gian: 5 Trường học, 7 Cơ sở tôn giáo", for the cluster's name and tooltip. */
export function clusterLabel(cluster: Cluster): string {
  const parts = [...cluster.counts].map(([kind, n]) => `${n} ${kindLabel(kind as SpaceKind)}`).join(', ');
  return msg(str`${cluster.members.length} không gian: ${parts}. Phóng to để tách.`);
}

/** The ring around a cluster: one arc per kind, its length the kind's share (stroke-dasharray). */
function ring(cluster: Cluster, r: number): TemplateResult[] {
  const length = 2 * Math.PI * r;
  let offset = 0;
  return [...cluster.counts].map(([kind, n]) => {
    const dash = (n / cluster.members.length) * length;
    const arc = svg`<circle r=${r} fill="none" stroke=${kindColours[kind as SpaceKind]} stroke-width="4"
      stroke-dasharray="${dash} ${length - dash}" stroke-dashoffset=${-offset} transform="rotate(-90)"></circle>`;
    offset += dash;
    return arc;
  });
}

/**
 * One marker or cluster as an SVG button. Drawn for 16 px text and scaled by `scale` (the
 * text's size over 16 px), so markers grow with the portal's A+ button as the words do.
 */
export function svgMarker(
  cluster: Cluster,
  spaces: readonly CulturalSpace[],
  selected: number | undefined,
  scale = 1,
): TemplateResult {
  const first = cluster.members[0];
  const isSelected = selected !== undefined && cluster.members.includes(selected);
  const at = `translate(${cluster.x.toFixed(1)},${cluster.y.toFixed(1)})${scale === 1 ? '' : ` scale(${scale.toFixed(3)})`}`;
  if (cluster.members.length === 1) {
    const space = spaces[first];
    return svg`<g class="marker ${isSelected ? 'selected' : ''}" transform=${at} role="button" tabindex="0"
      data-space=${first} aria-label="${space.name} (${kindLabel(space.kind)})"
      aria-current=${isSelected ? 'true' : nothing}>
      <circle class="halo" r="11"></circle>
      <path d=${kindShapes[space.kind]} fill=${kindColours[space.kind]}></path>
    </g>`;
  }
  const r = clusterRadius(cluster.members.length);
  return svg`<g class="cluster ${isSelected ? 'selected' : ''}" transform=${at} role="button" tabindex="0"
    data-cluster=${first} aria-label=${clusterLabel(cluster)}>
    <circle class="halo" r=${r + 3}></circle>
    <circle class="disc" r=${r - 2}></circle>
    ${ring(cluster, r - 2)}
    <text dy="0.35em" text-anchor="middle">${cluster.members.length}</text>
  </g>`;
}

const paths = new Map<string, Path2D>();
const shapeOf = (kind: SpaceKind) => {
  let p = paths.get(kind);
  if (!p) paths.set(kind, (p = new Path2D(kindShapes[kind])));
  return p;
};

const TAU = 2 * Math.PI;

/**
 * Draws every cluster on the canvas (already sized to width×height CSS pixels × ratio). Few
 * canvas calls for thousands of points: all discs in one path, each kind's ring arcs in one
 * path, then the counts and the single markers.
 */
export function drawCanvas(
  canvas: HTMLCanvasElement,
  clusters: readonly Cluster[],
  spaces: readonly CulturalSpace[],
  selected: number | undefined,
  colours: { disc: string; text: string; halo: string },
  scale = 1,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const ratio = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const radius = (size: number) => clusterRadius(size) * scale;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const isSelected = (c: Cluster) => selected !== undefined && c.members.includes(selected);
  const halo = (x: number, y: number, r: number) => {
    ctx.fillStyle = colours.halo;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, TAU);
    ctx.fill();
  };
  const groups = clusters.filter((c) => c.members.length > 1);
  const discs = new Path2D();
  const rings = new Map<string, Path2D>();
  for (const { x, y, members, counts } of groups) {
    const r = radius(members.length) - 2 * scale;
    discs.moveTo(x + r, y);
    discs.arc(x, y, r, 0, TAU);
    let start = -Math.PI / 2;
    for (const [kind, n] of counts) {
      const end = start + (n / members.length) * TAU;
      let ring = rings.get(kind);
      if (!ring) rings.set(kind, (ring = new Path2D()));
      ring.moveTo(x + r * Math.cos(start), y + r * Math.sin(start));
      ring.arc(x, y, r, start, end);
      start = end;
    }
  }
  ctx.fillStyle = colours.disc;
  ctx.fill(discs);
  for (const c of groups) if (isSelected(c)) halo(c.x, c.y, radius(c.members.length) - 2 * scale);
  ctx.lineWidth = 4 * scale;
  for (const [kind, ring] of rings) {
    ctx.strokeStyle = kindColours[kind as SpaceKind];
    ctx.stroke(ring);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `bold ${11 * scale}px sans-serif`;
  ctx.fillStyle = colours.text;
  for (const { x, y, members } of groups) ctx.fillText(String(members.length), x, y);
  ctx.lineWidth = 1;
  ctx.strokeStyle = colours.disc;
  for (const c of clusters) {
    if (c.members.length > 1) continue;
    const kind = spaces[c.members[0]].kind;
    if (isSelected(c)) halo(c.x, c.y, 11 * scale);
    ctx.save();
    ctx.translate(c.x, c.y);
    ctx.scale(scale, scale);
    ctx.fillStyle = kindColours[kind];
    ctx.fill(shapeOf(kind));
    ctx.stroke(shapeOf(kind));
    ctx.restore();
  }
}
