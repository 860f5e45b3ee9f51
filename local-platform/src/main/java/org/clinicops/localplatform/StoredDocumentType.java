package org.clinicops.localplatform;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The documents of a collection as the local store keeps them in its file: BSON. H2's default
 * Java-serializes every document of a page each time the page is written, class descriptors and
 * all; in a burst that was a third of the store's CPU.
 */
final class StoredDocumentType extends BasicDataType<Document> {

	static final StoredDocumentType INSTANCE = new StoredDocumentType();

	@Override
	public int getMemory(Document document) {
		return StoredBson.memoryOf(document);
	}

	@Override
	public void write(WriteBuffer buffer, Document document) {
		StoredBson.writeDocument(buffer, document);
	}

	@Override
	public Document read(ByteBuffer buffer) {
		return StoredBson.readDocument(buffer);
	}

	@Override
	public Document[] createStorage(int size) {
		return new Document[size];
	}

	private StoredDocumentType() {
	}

}
