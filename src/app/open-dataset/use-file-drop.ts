import { useEffect, useEffectEvent, useState } from 'react'

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/** Lets a file be dropped anywhere on the page; true while one is dragged over it. */
export function useFileDrop(onFile: (file: File) => void): boolean {
  const [isDragging, setIsDragging] = useState(false)
  const handleFile = useEffectEvent(onFile)

  useEffect(() => {
    // dragenter and dragleave fire for every child crossed; counting them tells when the pointer leaves the page
    let depth = 0
    const handleEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth += 1
      setIsDragging(true)
    }
    const handleOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      // without this the browser would open the file itself, leaving the app
      event.preventDefault()
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy'
    }
    const handleLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setIsDragging(false)
    }
    const handleDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setIsDragging(false)
      const file = event.dataTransfer?.files[0]
      if (file !== undefined) handleFile(file)
    }
    window.addEventListener('dragenter', handleEnter)
    window.addEventListener('dragover', handleOver)
    window.addEventListener('dragleave', handleLeave)
    window.addEventListener('drop', handleDrop)
    return () => {
      window.removeEventListener('dragenter', handleEnter)
      window.removeEventListener('dragover', handleOver)
      window.removeEventListener('dragleave', handleLeave)
      window.removeEventListener('drop', handleDrop)
    }
  }, [])

  return isDragging
}
