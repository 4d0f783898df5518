// The floor of our stack for the benchmark: React 19 and a react-leaflet map with one marker.
import 'leaflet/dist/leaflet.css';
import { createRoot } from 'react-dom/client';
import { CircleMarker, MapContainer } from 'react-leaflet';

createRoot(document.getElementById('root') as HTMLElement).render(
  <MapContainer center={[37.5, 127]} zoom={6} style={{ height: '100vh' }}>
    <CircleMarker center={[37.5, 127]} radius={8} />
  </MapContainer>,
);
