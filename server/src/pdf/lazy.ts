/**
 * The one way code that makes PDFs loads it: on first use, once. pdfkit, HarfBuzz and the
 * fonts cost start-up time that a server answering only JSON never needs to pay.
 * A failed load is retried by the next call rather than remembered.
 */
export function lazily<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }
}
