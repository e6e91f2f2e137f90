"""The file to give ``spark-submit``: the job's functions stay in ``dyad.scale.spark_job``.

Executors unpickle the per-partition functions by module name; if the job module itself
were ``__main__`` they would be shipped by value and miss their module's imports.
"""

from dyad.scale.spark_job import main

if __name__ == "__main__":
    main()
