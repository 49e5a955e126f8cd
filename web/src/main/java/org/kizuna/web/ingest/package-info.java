/**
 * Writing data through the API: batches of contract rows ({@code /api/v1/ingest/...}) and Segment's tracking
 * calls ({@code /api/v1/segment/...}), both checked and written by the store's importer, all or nothing.
 */
package org.kizuna.web.ingest;
