import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './options';

// Only what the dashboard draws. The SVG renderer styles through the DOM (element.style), never with
// style attributes or <style> elements, so the console's style-src 'self' holds. No tooltip: the
// HTML tooltip writes style attributes, and every figure is in the chart's table anyway.
use([BarChart, HeatmapChart, LineChart, GridComponent, LegendComponent, VisualMapPiecewiseComponent, SVGRenderer]);

/** About the width of an A4 or Letter page's text at 96 dpi: charts are redrawn to it for printing. */
const PRINT_WIDTH = 680;

/**
 * One ECharts chart in SVG, redrawn when its box changes size and at the page's width for printing.
 * For assistive technology it is one image named by `label`; the figures are in the table beside it.
 */
export function EChart({ option, label, className }: { option: ChartOption; label: string; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const c = init(box.current!, null, { renderer: 'svg' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current!);
    const forPrint = () => c.resize({ width: PRINT_WIDTH });
    const forScreen = () => c.resize();
    window.addEventListener('beforeprint', forPrint);
    window.addEventListener('afterprint', forScreen);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', forPrint);
      window.removeEventListener('afterprint', forScreen);
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className={`chart ${className ?? ''}`} role="img" aria-label={label} />;
}
