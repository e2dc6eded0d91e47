package vn.xdd.document.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * not depend on the server's fonts), on white, at print resolution: 1600×900 px, so that a chart 150 mm
 * wide prints at about 270 dpi.
 */
@Component
public class JFreeChartRenderer implements ChartRenderer {

	static final int WIDTH = 1600;
	static final int HEIGHT = 900;
	/** Drawn at 640×360 and scaled 2.5 times: at 150 mm wide, labels print at about 11 pt. */
	private static final double SCALE = 2.5;

	private static final Color OPEN = new Color(0xb7, 0x1c, 0x1c);
	private static final Color IN_PROGRESS = new Color(0xef, 0x6c, 0x00);
	private static final Color REPORTED = new Color(0x15, 0x65, 0xc0);
	private static final Color VERIFIED = new Color(0x2e, 0x7d, 0x32);
	private static final Color RETURNED = new Color(0x6a, 0x1b, 0x9a);
	private static final Color CLOSED = new Color(0x55, 0x8b, 0x2f);

	/** Colours by position, for series whose label is not a status: the order of {@code ShortcomingStatus}. */
	static final List<Color> STATUS_COLOURS = List.of(OPEN, IN_PROGRESS, REPORTED, VERIFIED, RETURNED, CLOSED);

	/**
	 * A series is coloured by its status when its label is the status's label (shortcomingStatus.* in
	 * either bundle) or its name, so that a page and a printed report show a status in the same colour
	 * whatever the order of the series.
	 */
	private static final Map<String, Color> STATUS_LABELS = Map.ofEntries(Map.entry("chưa khắc phục", OPEN),
			Map.entry("đang khắc phục", IN_PROGRESS), Map.entry("đã báo cáo khắc phục", REPORTED),
			Map.entry("đã báo cáo", REPORTED), Map.entry("đã xác nhận khắc phục", VERIFIED),
			Map.entry("đã xác nhận", VERIFIED), Map.entry("bị trả lại", RETURNED), Map.entry("trả lại", RETURNED),
			Map.entry("đã kết thúc", CLOSED), Map.entry("open", OPEN), Map.entry("in progress", IN_PROGRESS),
			Map.entry("in_progress", IN_PROGRESS), Map.entry("reported", REPORTED),
			Map.entry("reported remedied", REPORTED), Map.entry("verified", VERIFIED),
			Map.entry("verified remedied", VERIFIED), Map.entry("returned", RETURNED), Map.entry("closed", CLOSED));
	private static final String NO_DATA = "Chưa có số liệu";
	private static final Color REMEDIED = VERIFIED;
	private static final Color NOT_REMEDIED = OPEN;

	private final java.awt.Font title = Fonts.awt(Fonts.BOLD, 19f);
	private final java.awt.Font label = Fonts.awt(Fonts.REGULAR, 16f);
	private final java.awt.Font small = Fonts.awt(Fonts.REGULAR, 14f);
	private final java.awt.Font centre = Fonts.awt(Fonts.BOLD, 36f);

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
			renderer.setSeriesPaint(i, colour(series.get(i).label(), i));
		}
		var plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(new Color(0xbd, 0xbd, 0xbd));
		plot.setRangeGridlineStroke(new BasicStroke(0.6f));
		plot.setDomainGridlinesVisible(false);
		plot.setNoDataMessage(NO_DATA);
		plot.setNoDataMessageFont(label);
		var chart = new JFreeChart(null, title, plot, true);
		dress(chart, chartTitle);
		// Each bar keeps a readable height: the picture grows with the number of units.
		return png(chart, Math.max(HEIGHT, 200 + 80 * units.size()));
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
		plot.setCenterTextMode(total == 0 ? CenterTextMode.NONE : CenterTextMode.FIXED);
		plot.setCenterText(percent + "%");
		plot.setCenterTextFont(centre);
		plot.setCenterTextColor(Color.BLACK);
		plot.setLabelGenerator(null);
		plot.setLegendLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})",
				java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")),
				java.text.NumberFormat.getPercentInstance(Locale.forLanguageTag("vi"))));
		plot.setInsets(new RectangleInsets(8, 8, 8, 8));
		plot.setNoDataMessage(NO_DATA);
		plot.setNoDataMessageFont(label);
		var chart = new JFreeChart(null, title, plot, true);
		dress(chart, chartTitle);
		return png(chart);
	}

	static Color colour(String label, int position) {
		var known = STATUS_LABELS.get(DocxWriter.nfc(label).strip().toLowerCase(Locale.forLanguageTag("vi")));
		return known != null ? known : STATUS_COLOURS.get(position % STATUS_COLOURS.size());
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
		return png(chart, HEIGHT);
	}

	private static byte[] png(JFreeChart chart, int height) {
		var image = chart.createBufferedImage(WIDTH, height, WIDTH / SCALE, height / SCALE, null);
		try {
			return ChartUtils.encodeAsPNG(image);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
