package vn.xdd.document.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CenterTextMode;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.springframework.stereotype.Component;

/**
 * Charts for printed documents, drawn with JFreeChart in Liberation Serif (Vietnamese glyphs that do
 * not depend on the server's fonts), on white, at print resolution: 1600×900 px, drawn at 800×450 and
 * scaled twice, so that a chart 160 mm wide prints at about 250 dpi.
 */
@Component
public class JFreeChartRenderer implements ChartRenderer {

	static final int WIDTH = 1600;
	static final int HEIGHT = 900;
	private static final int SCALE = 2;

	/**
	 * The colours of the statuses in the order of {@code ShortcomingStatus}: open, in progress, reported,
	 * verified, returned, closed. Series are coloured by position, so callers pass them in that order.
	 */
	static final List<Color> STATUS_COLOURS = List.of(new Color(0xb7, 0x1c, 0x1c), new Color(0xef, 0x6c, 0x00),
			new Color(0x15, 0x65, 0xc0), new Color(0x2e, 0x7d, 0x32), new Color(0x6a, 0x1b, 0x9a),
			new Color(0x55, 0x8b, 0x2f));
	private static final Color REMEDIED = new Color(0x2e, 0x7d, 0x32);
	private static final Color NOT_REMEDIED = new Color(0xb7, 0x1c, 0x1c);

	private final java.awt.Font title = Fonts.awt(Fonts.BOLD, 18f);
	private final java.awt.Font label = Fonts.awt(Fonts.REGULAR, 14f);
	private final java.awt.Font small = Fonts.awt(Fonts.REGULAR, 12f);
	private final java.awt.Font centre = Fonts.awt(Fonts.BOLD, 30f);

	@Override
	public byte[] statusByUnit(String chartTitle, List<String> units, List<Series> series) {
		var dataset = new DefaultCategoryDataset();
		for (var s : series) {
			for (int i = 0; i < units.size(); i++) {
				long value = i < s.values().size() ? s.values().get(i) : 0;
				dataset.addValue(value, DocxWriter.nfc(s.label()), DocxWriter.nfc(units.get(i)));
			}
		}
		var categoryAxis = new CategoryAxis();
		categoryAxis.setTickLabelFont(label);
		categoryAxis.setMaximumCategoryLabelLines(2);
		categoryAxis.setMaximumCategoryLabelWidthRatio(0.35f);
		var valueAxis = new NumberAxis();
		valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.forLanguageTag("vi")));
		valueAxis.setTickLabelFont(small);
		var renderer = new StackedBarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(true);
		renderer.setDefaultOutlinePaint(Color.WHITE);
		renderer.setDefaultOutlineStroke(new BasicStroke(1f));
		renderer.setMaximumBarWidth(0.12);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
		renderer.setDefaultItemLabelFont(small);
		renderer.setDefaultItemLabelPaint(Color.WHITE);
		renderer.setDefaultItemLabelsVisible(true);
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, STATUS_COLOURS.get(i % STATUS_COLOURS.size()));
		}
		var plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(new Color(0xbd, 0xbd, 0xbd));
		plot.setRangeGridlineStroke(new BasicStroke(0.6f));
		plot.setDomainGridlinesVisible(false);
		var chart = new JFreeChart(null, title, plot, true);
		dress(chart, chartTitle);
		return png(chart);
	}

	@Override
	public byte[] shareRemedied(String chartTitle, long remedied, long notRemedied) {
		var dataset = new DefaultPieDataset<String>();
		dataset.setValue("Đã khắc phục", remedied);
		dataset.setValue("Chưa khắc phục", notRemedied);
		long total = remedied + notRemedied;
		long percent = total == 0 ? 0 : Math.round(100.0 * remedied / total);
		var plot = new RingPlot(dataset);
		plot.setSectionDepth(0.38);
		plot.setSectionPaint("Đã khắc phục", REMEDIED);
		plot.setSectionPaint("Chưa khắc phục", NOT_REMEDIED);
		plot.setSeparatorsVisible(false);
		plot.setShadowPaint(null);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setDefaultSectionOutlinePaint(Color.WHITE);
		plot.setDefaultSectionOutlineStroke(new BasicStroke(2f));
		plot.setCenterTextMode(CenterTextMode.FIXED);
		plot.setCenterText(percent + "%");
		plot.setCenterTextFont(centre);
		plot.setCenterTextColor(Color.BLACK);
		plot.setLabelGenerator(null);
		plot.setLegendLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})",
				java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")),
				java.text.NumberFormat.getPercentInstance(Locale.forLanguageTag("vi"))));
		plot.setInsets(new RectangleInsets(8, 8, 8, 8));
		var chart = new JFreeChart(null, title, plot, true);
		dress(chart, chartTitle);
		return png(chart);
	}

	private void dress(JFreeChart chart, String chartTitle) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		if (!chartTitle.isBlank()) {
			var text = new TextTitle(DocxWriter.nfc(chartTitle), title);
			text.setPaint(Color.BLACK);
			chart.setTitle(text);
		}
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(label);
			legend.setBackgroundPaint(Color.WHITE);
			legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
			legend.setPosition(RectangleEdge.BOTTOM);
			Paint black = Color.BLACK;
			legend.setItemPaint(black);
		}
	}

	private static byte[] png(JFreeChart chart) {
		var image = chart.createBufferedImage(WIDTH, HEIGHT, (double) WIDTH / SCALE, (double) HEIGHT / SCALE, null);
		try {
			return ChartUtils.encodeAsPNG(image);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
