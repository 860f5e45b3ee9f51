package org.clinicops.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README shows the pages as pictures; each one it references is there, a PNG, and small. */
class ReadmePicturesTest {

	private static final Pattern PICTURE = Pattern.compile("!\\[[^]]*]\\((docs/images/[^)]+)\\)");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final long MAX_BYTES = 200 * 1024;

	private final Path root = Path.of(System.getProperty("clinic.root", "..")).toAbsolutePath().normalize();

	@Test
	void everyPictureTheReadmeShowsIsASmallPngInDocsImages() throws IOException {
		List<String> referenced = new ArrayList<>();
		Matcher picture = PICTURE.matcher(Files.readString(this.root.resolve("README.md")));
		while (picture.find()) {
			referenced.add(picture.group(1));
		}

		assertThat(referenced).as("pictures in the README").hasSizeGreaterThanOrEqualTo(6);
		for (String path : referenced) {
			Path file = this.root.resolve(path);
			assertThat(file).as(path).isRegularFile();
			byte[] bytes = Files.readAllBytes(file);
			assertThat(Arrays.copyOf(bytes, PNG_SIGNATURE.length)).as("%s is a PNG", path).isEqualTo(PNG_SIGNATURE);
			assertThat(bytes.length).as("%s in bytes", path).isLessThanOrEqualTo((int) MAX_BYTES);
		}
	}

}
