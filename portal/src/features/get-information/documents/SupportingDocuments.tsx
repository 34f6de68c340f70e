import { useApi } from '../../../api/useApi.ts'
import { DownloadLink } from '../../../components/DownloadLink.tsx'
import { ErrorMessage } from '../../../components/ErrorMessage.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts'
import { useLanguage } from '../../../i18n/useLanguage.ts'
import { useTranslation } from '../../../i18n/useTranslation.ts'
import { getValidDocuments, supportingDocumentsPdfUrl } from '../api.ts'
import './documents.css'

/**
 * The documents accepted as proof, by category, as readable HTML (no PDF viewer), and the same
 * list as a PDF to download once there is one.
 */
export default function SupportingDocuments() {
  const { t } = useTranslation()
  const { code, locale } = useLanguage()
  useDocumentTitle(t('documents.title'))
  const documents = useApi((signal) => getValidDocuments(code, { signal }), [code])

  return (
    <div className="page page-documents">
      <h1>{t('documents.title')}</h1>
      <p className="lead">{t('documents.intro')}</p>
      <div aria-live="polite">
        {documents.status === 'loading' ? <Loading label={t('documents.loading')} /> : null}
        {documents.status === 'error' ? (
          <ErrorMessage error={documents.error} onRetry={documents.reload} />
        ) : null}
        {documents.status === 'success' && documents.data.length === 0 ? (
          <p className="message">{t('documents.empty')}</p>
        ) : null}
      </div>
      {documents.status === 'success' && documents.data.length > 0 ? (
        <>
          <p className="page-actions">
            <DownloadLink
              href={supportingDocumentsPdfUrl(code)}
              hrefLang={locale}
              testId="download-documents"
            >
              {t('documents.download')}
            </DownloadLink>
          </p>
          <div className="document-categories" data-testid="document-list">
            {documents.data.map((category) => (
              <section
                key={category.code}
                className="document-category"
                data-testid="document-category"
                aria-labelledby={`doc-cat-${category.code}`}
              >
                <h2 id={`doc-cat-${category.code}`}>{category.name}</h2>
                {category.description && category.description !== category.name ? (
                  <p className="muted">{category.description}</p>
                ) : null}
                {category.documenttypes.length > 0 ? (
                  <ul className="document-types">
                    {category.documenttypes.map((type) => (
                      <li key={type.code} data-testid="document-type">
                        <span className="document-name">{type.name}</span>
                        {type.description && type.description !== type.name ? (
                          <span className="document-description">{type.description}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t('documents.noTypes')}</p>
                )}
              </section>
            ))}
          </div>
        </>
      ) : null}
    </div>
  )
}
