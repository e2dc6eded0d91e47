package vn.xdd.document.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** The pixel size of a chart's PNG, to keep its proportions on the page. */
final class Png {

	record Size(int width, int height) {
	}

	private Png() {
	}

	static Size size(byte[] png) {
		try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
			var readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new IllegalArgumentException("A chart must be a PNG image");
			}
			var reader = readers.next();
			try {
				reader.setInput(in);
				return new Size(reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
