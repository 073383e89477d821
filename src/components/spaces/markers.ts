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
/** Grid cell for clustering, in pixels. */
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

export function svgMarker(
  cluster: Cluster,
  spaces: readonly CulturalSpace[],
  selected: number | undefined,
): TemplateResult {
  const first = cluster.members[0];
  const isSelected = selected !== undefined && cluster.members.includes(selected);
  const at = `translate(${cluster.x.toFixed(1)},${cluster.y.toFixed(1)})`;
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

/** Draws every cluster on the canvas (already sized to width×height CSS pixels × ratio). */
export function drawCanvas(
  canvas: HTMLCanvasElement,
  clusters: readonly Cluster[],
  spaces: readonly CulturalSpace[],
  selected: number | undefined,
  colours: { disc: string; text: string; halo: string },
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const ratio = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = 'bold 11px sans-serif';
  for (const c of clusters) {
    ctx.save();
    ctx.translate(c.x, c.y);
    const isSelected = selected !== undefined && c.members.includes(selected);
    if (c.members.length === 1) {
      const kind = spaces[c.members[0]].kind;
      if (isSelected) {
        ctx.fillStyle = colours.halo;
        ctx.beginPath();
        ctx.arc(0, 0, 11, 0, 2 * Math.PI);
        ctx.fill();
      }
      ctx.fillStyle = kindColours[kind];
      ctx.strokeStyle = '#fff';
      ctx.fill(shapeOf(kind));
      ctx.stroke(shapeOf(kind));
    } else {
      const r = clusterRadius(c.members.length) - 2;
      ctx.fillStyle = isSelected ? colours.halo : colours.disc;
      ctx.beginPath();
      ctx.arc(0, 0, r, 0, 2 * Math.PI);
      ctx.fill();
      ctx.lineWidth = 4;
      let start = -Math.PI / 2;
      for (const [kind, n] of c.counts) {
        const end = start + (n / c.members.length) * 2 * Math.PI;
        ctx.strokeStyle = kindColours[kind as SpaceKind];
        ctx.beginPath();
        ctx.arc(0, 0, r, start, end);
        ctx.stroke();
        start = end;
      }
      ctx.fillStyle = colours.text;
      ctx.fillText(String(c.members.length), 0, 0);
    }
    ctx.restore();
  }
}
