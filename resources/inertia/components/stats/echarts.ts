import { use } from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

/**
 * Only the ECharts parts the statistics pages draw: bar and line charts
 * with grid, legend and tooltip, rendered as SVG (crisp at any zoom, no
 * canvas). Importing `echarts` whole would ship every chart type.
 */
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer])
