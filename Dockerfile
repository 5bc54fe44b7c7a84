# kostprijs web in een container, gebouwd uit deze repository (zie docs/web.md).
#   docker build -t kostprijs-web .
#   docker run --rm -p 8000:8000 kostprijs-web
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY kostprijs ./kostprijs
RUN pip install --no-cache-dir '.[web]' \
 && useradd --create-home --uid 10001 kostprijs
USER kostprijs
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/gezond', timeout=2)"
# Eigen parametermap van de regio: mount haar en zet KOSTPRIJS_PARAMETERS=/pad/in/de/container.
CMD ["uvicorn", "--factory", "kostprijs.web.app:maak_app", "--host", "0.0.0.0", "--port", "8000", "--workers", "2", "--no-server-header", "--proxy-headers"]
