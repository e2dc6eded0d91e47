package vn.xdd.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Charts for printed documents: print-size PNGs, in the statuses' colours, with Vietnamese glyphs. */
class JFreeChartRendererTest {

	static final Path PAGES = Path.of("target", "document-pages");
	static final int OPEN_RED = 0xb71c1c;
	static final int VERIFIED_GREEN = 0x2e7d32;

	final JFreeChartRenderer charts = new JFreeChartRenderer();

	@BeforeAll
	static void folder() throws IOException {
		Files.createDirectories(PAGES);
	}

	@Test
	void statusByUnitIsAPrintSizeStackedBarInTheStatusColours() throws IOException {
		var png = charts.statusByUnit("Tình hình khắc phục theo đơn vị",
				List.of("Đảng bộ xã Đồng Tân", "Chi bộ Cơ quan Ủy ban kiểm tra"),
				List.of(new ChartRenderer.Series("Chưa khắc phục", List.of(3L, 1L)),
						new ChartRenderer.Series("Đang khắc phục", List.of(2L, 0L)),
						new ChartRenderer.Series("Đã báo cáo", List.of(1L, 1L)),
						new ChartRenderer.Series("Đã xác nhận", List.of(8L, 6L))));
		Files.write(PAGES.resolve("chart-status-by-unit.png"), png);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(image.getHeight()).isEqualTo(900);
		assertThat(image.getRGB(5, 5) & 0xffffff).as("white background").isEqualTo(0xffffff);
		assertThat(count(image, OPEN_RED)).as("open in red").isGreaterThan(1000);
		assertThat(count(image, VERIFIED_GREEN)).as("verified in green").isGreaterThan(count(image, OPEN_RED));
	}

	@Test
	void aStatusKeepsItsColourWhateverTheOrderOfTheSeries() throws IOException {
		var png = charts.statusByUnit("", List.of("Chi bộ thôn Đồng Mỏ"),
				List.of(new ChartRenderer.Series("Chưa khắc phục", List.of(2L)),
						new ChartRenderer.Series("Đang khắc phục", List.of(2L)),
						new ChartRenderer.Series("Đã báo cáo khắc phục", List.of(2L)),
						new ChartRenderer.Series("Bị trả lại", List.of(2L)),
						new ChartRenderer.Series("Đã xác nhận khắc phục", List.of(2L))));
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(count(image, 0x6a1b9a)).as("returned in purple").isGreaterThan(1000);
		assertThat(count(image, VERIFIED_GREEN)).as("verified in green").isGreaterThan(1000);
		assertThat(count(image, 0xef6c00)).as("in progress in orange").isGreaterThan(1000);
		assertThat(count(image, 0x1565c0)).as("reported in blue").isGreaterThan(1000);
		assertThat(JFreeChartRenderer.colour("Đã xác nhận khắc phục", 4).getRGB() & 0xffffff).isEqualTo(VERIFIED_GREEN);
		assertThat(JFreeChartRenderer.colour("Số khác", 0).getRGB() & 0xffffff).isEqualTo(OPEN_RED);
	}

	@Test
	void noFiguresSayNoFigures() throws IOException {
		var png = charts.shareRemedied("", 0, 0);
		Files.write(PAGES.resolve("chart-share-remedied-empty.png"), png);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(count(image, OPEN_RED) + count(image, VERIFIED_GREEN)).as("no ring, only the legend's dots")
			.isLessThan(1000);
	}

	@Test
	void shareRemediedIsADonutWithItsShareInTheCentre() throws IOException {
		var png = charts.shareRemedied("Tỷ lệ hạn chế, khuyết điểm đã khắc phục", 75, 25);
		Files.write(PAGES.resolve("chart-share-remedied.png"), png);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(image.getHeight()).isEqualTo(900);
		int green = count(image, VERIFIED_GREEN);
		int red = count(image, OPEN_RED);
		assertThat(green).as("three quarters remedied").isGreaterThan(2 * red);
		assertThat(red).isGreaterThan(1000);
	}

	@Test
	void theChartFontHasEveryVietnameseGlyph() {
		var text = "Chưa khắc phục Đang khắc phục Đã xác nhận Trả lại ĐẢNG BỘ ỦY Ửu ữ ỹ ậ ặ ệ ộ ợ ụ ự";
		assertThat(Fonts.awt(Fonts.REGULAR, 14f).canDisplayUpTo(text)).isEqualTo(-1);
		assertThat(Fonts.awt(Fonts.BOLD, 14f).canDisplayUpTo(text)).isEqualTo(-1);
	}

	private static int count(BufferedImage image, int rgb) {
		int n = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xffffff) == rgb) {
					n++;
				}
			}
		}
		return n;
	}
}
