/// <reference lib="webworker" />
import { checkDatasetText } from './check-dataset-text'

// Parsing and checking a large dataset takes seconds; doing it here keeps the page responsive.
self.onmessage = (message: MessageEvent<string>) => {
  self.postMessage(checkDatasetText(message.data))
}
